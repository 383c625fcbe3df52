import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { launchMeilisearch, type MeiliConnection } from '@projektbank/meili'
import { type CorpusSheet, loadCorpus } from './corpus.js'
import { evaluateSystem, type SystemRun } from './evaluate.js'
import { type JudgedQuery, loadJudgments } from './judgments.js'
import { CORPUS_DIRS, JUDGMENTS_FILE } from './paths.js'
import { renderReport } from './report.js'
import { createFullSystem } from './systems/full-system.js'
import { createBaseline } from './systems/meilisearch-baseline.js'
import type { SearchSystem } from './systems/search-system.js'

const USAGE = `Usage: pnpm eval:search [-- --out report.md] [--hits]

Runs the relevance set (judgments.json) against (a) Meilisearch with default settings,
(b) Meilisearch with Swedish locale settings and (c) the full system (indexer + search API),
all on one temporary Meilisearch, and prints the tables as Markdown.

  --out <file>   also write the Markdown to <file>
  --hits         append every query's first five hits per system, with their grades`

const log = (message: string) => process.stderr.write(`search-eval: ${message}\n`)

async function main(): Promise<void> {
  // `pnpm eval:search -- --out x` hands the `--` on; drop it so the options are still read.
  const args = process.argv.slice(2)
  const { values } = parseArgs({
    args: args[0] === '--' ? args.slice(1) : args,
    options: {
      out: { type: 'string' },
      hits: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const queries = await loadJudgments(JUDGMENTS_FILE)
  const sheets = await loadCorpus(CORPUS_DIRS)
  log(`${queries.length} queries, ${sheets.length} sheets`)

  const dataDir = await mkdtemp(join(tmpdir(), 'projektbank-search-eval-'))
  try {
    const meilisearch = await launchMeilisearch({ dataDir })
    try {
      const markdown = await compareSystems(
        { url: meilisearch.url, apiKey: meilisearch.masterKey },
        queries,
        sheets,
        values.hits === true,
      )
      log(`ran on Meilisearch ${meilisearch.version}`)
      process.stdout.write(markdown)
      if (values.out) {
        // `pnpm eval:search` runs in this package's folder; a relative path means the caller's.
        const out = resolve(process.env.INIT_CWD ?? process.cwd(), values.out)
        await writeFile(out, markdown)
        log(`wrote ${out}`)
      }
    } finally {
      await meilisearch.stop()
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

async function compareSystems(
  meili: MeiliConnection,
  queries: readonly JudgedQuery[],
  sheets: readonly CorpusSheet[],
  withHits: boolean,
): Promise<string> {
  const projects = sheets.map((s) => s.project)
  const systems: SearchSystem[] = [
    await createBaseline(meili, 'default', projects, 'eval_default'),
    await createBaseline(meili, 'swedish', projects, 'eval_swedish'),
    await createFullSystem(meili, CORPUS_DIRS, 'eval_full', sheets.length),
  ]
  const runs: SystemRun[] = []
  for (const system of systems) {
    runs.push(await evaluateSystem(system, queries, sheets))
    log(`(${system.key}) ${system.label}: done`)
  }
  const full = runs.at(-1)
  if (full === undefined) throw new Error('no system ran')
  return renderReport({ runs, full, corpusSize: sheets.length, withHits })
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exitCode = 1
})
