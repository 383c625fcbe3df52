/**
 * Writes a deterministic corpus of realistic project-bank sheets, for benchmarks and load tests.
 *
 *   tsx scripts/generate-corpus.ts --count 10000 --out .bench/corpus-10k --seed 1 --layouts A,B,C,D
 *
 * Other packages' benchmarks import `ensureCorpus` from this file by relative path. The same seed,
 * count and layouts always give the same bytes; an existing corpus with a matching
 * `manifest.json` is reused instead of rewritten.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { type Layout, LayoutSchema, type Project } from '@projektbank/model'
import { renderSheet } from '../src/render/index.js'
import type { RenderOptions } from '../src/render/render-options.js'
import { createRandomProject } from './_corpus/project-factory.js'
import { createRandom, type Random } from './_corpus/random.js'

/** Bump when the generator's output changes, so that stale corpora are not reused. */
const GENERATOR_VERSION = 1

/** What to generate. */
export interface CorpusOptions {
  /** Number of sheets. */
  readonly count: number
  /** Seed of the pseudo-random source; the same seed gives the same corpus. */
  readonly seed?: number
  /** Layouts to draw from (default all four, weighted roughly like the real project bank). */
  readonly layouts?: readonly Layout[]
  /** Smallest and largest sheet in bytes (default 1 000 and 15 000). */
  readonly minBytes?: number
  readonly maxBytes?: number
}

/** One generated sheet: its file name, the project it was rendered from, and the text. */
export interface GeneratedSheet {
  readonly name: string
  readonly layout: Layout
  readonly project: Project
  readonly text: string
}

const LAYOUT_WEIGHTS: Record<Layout, number> = { A: 50, B: 10, C: 25, D: 15, E: 10 }

/**
 * The layouts a corpus has unless `layouts` says otherwise: the four with field blocks, so that
 * the corpus the benches measure stays the same bytes as before layout E existed. Ask for E
 * with `--layouts A,B,C,D,E`.
 */
export const DEFAULT_CORPUS_LAYOUTS: readonly Layout[] = ['A', 'B', 'C', 'D']

function renderOptions(random: Random, layout: Layout): RenderOptions {
  if (layout === 'A') {
    return {
      banner: random.weighted({ none: 47, covid: 20, webinar: 30, maintenance: 3 }),
      phoneStyle: random.weighted({ grouped: 33, compact: 53, digits: 8, spaced: 4 }),
    }
  }
  return layout === 'C' && random.chance(0.36) ? { banner: 'cookies' } : {}
}

/**
 * Generates the sheets one at a time (nothing is kept), deterministically for a seed.
 *
 * @example
 * for (const sheet of generateSheets({ count: 3, seed: 1 })) console.log(sheet.name, sheet.text.length)
 */
export function* generateSheets(options: CorpusOptions): Generator<GeneratedSheet> {
  const random = createRandom(options.seed ?? 1)
  const layouts = options.layouts ?? DEFAULT_CORPUS_LAYOUTS
  const weights = Object.fromEntries(layouts.map((l) => [l, LAYOUT_WEIGHTS[l]])) as Record<
    Layout,
    number
  >
  const minBytes = options.minBytes ?? 1_000
  const maxBytes = options.maxBytes ?? 15_000
  const width = Math.max(5, String(options.count).length)
  for (let index = 1; index <= options.count; index += 1) {
    const layout = random.weighted(weights)
    const render = renderOptions(random, layout)
    const target = random.int(minBytes, maxBytes)
    const measure = (project: Project): number =>
      Buffer.byteLength(renderSheet(project, layout, render))
    const project = createRandomProject(random, layout, target, measure)
    const name = `${String(index).padStart(width, '0')}-${layout}.txt`
    yield { name, layout, project, text: renderSheet(project, layout, render) }
  }
}

/** What `generateCorpus` wrote (also stored as `manifest.json` in the output directory). */
export interface CorpusManifest {
  readonly generatorVersion: number
  readonly count: number
  readonly seed: number
  readonly layouts: readonly Layout[]
  readonly minBytes: number
  readonly maxBytes: number
  readonly bytes: number
}

function manifestFor(options: CorpusOptions, bytes: number): CorpusManifest {
  return {
    generatorVersion: GENERATOR_VERSION,
    count: options.count,
    seed: options.seed ?? 1,
    layouts: options.layouts ?? DEFAULT_CORPUS_LAYOUTS,
    minBytes: options.minBytes ?? 1_000,
    maxBytes: options.maxBytes ?? 15_000,
    bytes,
  }
}

/**
 * Writes the corpus to `out` (emptied first), with a `manifest.json` beside the sheets.
 *
 * @example
 * await generateCorpus({ count: 10_000, seed: 1 }, '.bench/corpus-10k')
 */
export async function generateCorpus(options: CorpusOptions, out: string): Promise<CorpusManifest> {
  await rm(out, { recursive: true, force: true })
  await mkdir(out, { recursive: true })
  let bytes = 0
  let batch: Promise<void>[] = []
  for (const sheet of generateSheets(options)) {
    bytes += Buffer.byteLength(sheet.text)
    batch.push(writeFile(join(out, sheet.name), sheet.text))
    if (batch.length >= 64) {
      await Promise.all(batch)
      batch = []
    }
  }
  await Promise.all(batch)
  const manifest = manifestFor(options, bytes)
  await writeFile(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/**
 * Returns the corpus in `out`, generating it only when `manifest.json` is missing or was written
 * for other options. Benchmarks of every package call this to share one corpus.
 *
 * @example
 * const { count } = await ensureCorpus({ count: 10_000, seed: 1 }, '/work/main/.bench/corpus-10k')
 */
export async function ensureCorpus(options: CorpusOptions, out: string): Promise<CorpusManifest> {
  try {
    const existing = JSON.parse(
      await readFile(join(out, 'manifest.json'), 'utf8'),
    ) as CorpusManifest
    const wanted = manifestFor(options, existing.bytes)
    if (JSON.stringify(existing) === JSON.stringify(wanted)) return existing
  } catch {
    // No usable manifest: generate below.
  }
  return generateCorpus(options, out)
}

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
