/**
 * Writes a deterministic corpus of realistic project-bank sheets with `@projektbank/corpus` and
 * this package's `renderSheet`, for benchmarks and load tests:
 *
 *   tsx scripts/generate-corpus.ts --count 10000 --out .bench/corpus-10k --seed 1 --layouts A,B,C,D
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { type CorpusOptions, DEFAULT_CORPUS_LAYOUTS, generateCorpus } from '@projektbank/corpus'
import { LayoutSchema } from '@projektbank/model'
import { renderSheet } from '../src/render/index.js'

const USAGE = `Usage: tsx scripts/generate-corpus.ts --count <n> --out <dir> [--seed <n>] [--layouts A,B,C,D]
  [--min-bytes <n>] [--max-bytes <n>]`

function positiveInteger(flag: string, value: string | undefined, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) {
    throw new Error(`--${flag}: expected a whole number, found ${JSON.stringify(value)}`)
  }
  return number
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      layouts: { type: 'string' },
      'min-bytes': { type: 'string' },
      'max-bytes': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  if (values.out === undefined) throw new Error('--out is required')
  const layouts = (values.layouts ?? DEFAULT_CORPUS_LAYOUTS.join(','))
    .split(',')
    .map((l) => LayoutSchema.parse(l.trim()))
  const options: CorpusOptions = {
    render: renderSheet,
    count: positiveInteger('count', values.count, 10_000),
    seed: positiveInteger('seed', values.seed, 1),
    layouts,
    minBytes: positiveInteger('min-bytes', values['min-bytes'], 1_000),
    maxBytes: positiveInteger('max-bytes', values['max-bytes'], 15_000),
  }
  const started = performance.now()
  const manifest = await generateCorpus(options, resolve(values.out))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `wrote ${manifest.count} sheets (${(manifest.bytes / 1e6).toFixed(1)} MB) to ${values.out} in ${seconds} s`,
  )
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    console.error(USAGE)
    process.exitCode = 2
  })
}
