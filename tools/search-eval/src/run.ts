import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { launchMeilisearch, type MeiliConnection } from '@projektbank/meili'
import { type CorpusSheet, loadCorpus } from './corpus.js'
import { MissingCorpusError, parseEvalSetName, resolveEvalSet } from './eval-set.js'
import { evaluateSystem, type SystemRun } from './evaluate.js'
import { type JudgedQuery, loadJudgments } from './judgments.js'
import { CUTOFF } from './metrics.js'
import { poolUnjudged } from './pool.js'
import { measureReach, type QueryReach } from './reach.js'
import { renderReport, type TypingRuns } from './report.js'
import { indexFullSystem } from './systems/full-system.js'
import { createBaseline } from './systems/meilisearch-baseline.js'
import type { SearchSystem } from './systems/search-system.js'
import { TYPED_SHARES, typedQueries } from './typing.js'

const USAGE = `Usage: pnpm eval:search [-- --set main|holdout|blind] [--out report.md]
                         [--hits [--hits-count n]] [--pool pool.json]

Runs a relevance set (by default judgments.json) against (a) Meilisearch with default settings,
(b) Meilisearch with Swedish locale settings and (c) the full system (indexer + search API),
all on one temporary Meilisearch, and prints the tables as Markdown.

  --set <name>   main (default): judgments.json over seeds/ and sheets/, the set the search
                 was tuned on; holdout: holdout-judgments.json over the shared corpus's sheets
                 (PROJEKTBANK_CORPUS, else ../shared/corpus beside the repository), kept aside;
                 blind: blind-judgments.json over the same sheets, new queries written and
                 judged before any system ran on them
  --out <file>   also write the Markdown to <file>
  --hits         append every query's first five hits per system, with their grades
  --hits-count <n>  with --hits: that many hits instead of five (1–${CUTOFF}; ${CUTOFF} is the
                 whole first page the scores are computed on)
  --pool <file>  write, per query, the sheets in the first 10 of any system that have no
                 judgment yet, shuffled and without the system, to judge them blind`

const log = (message: string) => process.stderr.write(`search-eval: ${message}\n`)

async function main(): Promise<void> {
  // `pnpm eval:search -- --out x` hands the `--` on; drop it so the options are still read.
  const args = process.argv.slice(2)
  const { values } = parseArgs({
    args: args[0] === '--' ? args.slice(1) : args,
    options: {
      set: { type: 'string' },
      out: { type: 'string' },
      hits: { type: 'boolean' },
      'hits-count': { type: 'string' },
      pool: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const hitsCount = parseHitsCount(values['hits-count'])
  const set = resolveEvalSet(parseEvalSetName(values.set))
  const queries = await loadJudgments(set.judgmentsFile)
  const sheets = await loadCorpus(set.corpusDirs)
  log(`set ${set.name}: ${queries.length} queries, ${sheets.length} sheets`)

  const dataDir = await mkdtemp(join(tmpdir(), 'projektbank-search-eval-'))
  try {
    const meilisearch = await launchMeilisearch({ dataDir })
    try {
      const { runs, reach, typing } = await runSystems(
        { url: meilisearch.url, apiKey: meilisearch.masterKey },
        set.corpusDirs,
        queries,
        sheets,
      )
      log(`ran on Meilisearch ${meilisearch.version}`)
      const full = runs.at(-1)
      if (full === undefined) throw new Error('no system ran')
      const markdown = renderReport({
        runs,
        full,
        corpusSize: sheets.length,
        reach,
        typing,
        withHits: values.hits === true,
        hitsCount,
      })
      process.stdout.write(markdown)
      if (values.out) await writeOutput(values.out, markdown)
      if (values.pool) {
        const pool = poolUnjudged(runs, Math.random)
        const pairs = pool.reduce((sum, entry) => sum + entry.unjudged.length, 0)
        await writeOutput(values.pool, `${JSON.stringify(pool, null, 2)}\n`)
        log(`pool: ${pairs} unjudged pairs in ${pool.length} queries`)
      }
    } finally {
      await meilisearch.stop()
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

/** `--hits-count`: a whole number from 1 to the cut-off, or the default when absent. */
function parseHitsCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const count = Number(value)
  if (!Number.isInteger(count) || count < 1 || count > CUTOFF) {
    throw new Error(`--hits-count must be a whole number from 1 to ${CUTOFF}, got "${value}"`)
  }
  return count
}

// `pnpm eval:search` runs in this package's folder; a relative path means the caller's.
async function writeOutput(path: string, text: string): Promise<void> {
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), path)
  await writeFile(out, text)
  log(`wrote ${out}`)
}

async function runSystems(
  meili: MeiliConnection,
  corpusDirs: readonly string[],
  queries: readonly JudgedQuery[],
  sheets: readonly CorpusSheet[],
): Promise<{ runs: SystemRun[]; reach: QueryReach[]; typing: TypingRuns[] }> {
  const projects = sheets.map((s) => s.project)
  const fullIndex = await indexFullSystem(meili, corpusDirs, 'eval_full', sheets.length)
  const full = await fullIndex.system()
  const systems: SearchSystem[] = [
    await createBaseline(meili, 'default', projects, 'eval_default'),
    await createBaseline(meili, 'swedish', projects, 'eval_swedish'),
    full,
  ]
  const runs: SystemRun[] = []
  for (const system of systems) {
    runs.push(await evaluateSystem(system, queries, sheets))
    log(`(${system.key}) ${system.label}: done`)
  }
  const reach = await measureReach(full, fullIndex.analyzeText, queries, sheets)
  log(`(${full.key}) reach: done`)
  const typing: TypingRuns[] = []
  for (const share of TYPED_SHARES) {
    const typed = typedQueries(queries, share)
    const typedRuns: SystemRun[] = []
    for (const system of systems) typedRuns.push(await evaluateSystem(system, typed, sheets))
    typing.push({ share, runs: typedRuns })
  }
  log('while typing: done')
  return { runs, reach, typing }
}

main().catch((error: unknown) => {
  // A missing corpus is the user's setup, not a bug: the message says all, no stack.
  if (error instanceof MissingCorpusError) log(error.message)
  else log(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exitCode = 1
})
