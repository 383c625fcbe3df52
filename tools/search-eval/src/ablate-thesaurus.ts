/**
 * Measures thesaurus pairs one at a time on the relevance set, for the analyser's review
 * (`packages/analyzer/data/thesaurus-review.json`). See the README, _Thesaurus pairs_.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { launchMeilisearch } from '@projektbank/meili'
import { loadCorpus } from './corpus.js'
import { gradesById } from './evaluate.js'
import { type JudgedQuery, loadJudgments } from './judgments.js'
import { CUTOFF, type QueryScores, scoreRanking, summarise } from './metrics.js'
import { CORPUS_DIRS, JUDGMENTS_FILE } from './paths.js'
import { type FullSearchSystem, indexFullSystem } from './systems/full-system.js'
import { findTriggeredPairs } from './thesaurus/find-triggers.js'
import type {
  PairMeasurement,
  SynonymPair,
  ThesaurusMeasurements,
} from './thesaurus/measurements.js'
import { poolAddedUnjudged } from './thesaurus/pool-added.js'
import { thesaurusRow } from './thesaurus/thesaurus-row.js'

const USAGE = `Usage: pnpm --filter @projektbank/search-eval ablate:thesaurus -- --candidates <file> --out <file> [--pool <file>]

Searches the relevance set with the hand-kept table only, then once per thesaurus pair that a
query triggers with that pair alone as the thesaurus, and writes the per-query figures.

  --candidates <file>  the pairs, as derive-thesaurus.ts --candidates writes them
  --out <file>         the measurements, for derive-thesaurus.ts --measurements
  --pool <file>        the sheets the pairs brought onto a first page with no judgment yet,
                       shuffled and without the pair, to judge them blind`

const log = (message: string) => process.stderr.write(`ablate-thesaurus: ${message}\n`)

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const { values } = parseArgs({
    args: args[0] === '--' ? args.slice(1) : args,
    options: {
      candidates: { type: 'string' },
      out: { type: 'string' },
      pool: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help || values.candidates === undefined || values.out === undefined) {
    process.stdout.write(`${USAGE}\n`)
    if (!values.help) process.exitCode = 2
    return
  }
  const { pairs } = JSON.parse(await readFile(fromCaller(values.candidates), 'utf8')) as {
    pairs: SynonymPair[]
  }
  const queries = await loadJudgments(JUDGMENTS_FILE)
  const sheets = await loadCorpus(CORPUS_DIRS)
  const idByFile = new Map(sheets.map((s) => [s.file, s.project.id]))
  const fileById = new Map(sheets.map((s) => [s.project.id, s.file]))

  const dataDir = await mkdtemp(join(tmpdir(), 'projektbank-ablate-thesaurus-'))
  try {
    const meilisearch = await launchMeilisearch({ dataDir })
    try {
      const meili = { url: meilisearch.url, apiKey: meilisearch.masterKey }
      const index = await indexFullSystem(meili, CORPUS_DIRS, 'eval_full', sheets.length)
      const run = async (system: FullSearchSystem, query: JudgedQuery) => {
        const { ids, reading } = await system.searchRead(query.query, CUTOFF)
        const scores = scoreRanking(ids, gradesById(query.judgments, idByFile))
        return {
          files: ids.map((id) => fileById.get(id) ?? id),
          searched: reading.searched,
          scores,
        }
      }
      const without = await index.system({ thesaurus: [] })
      const before = new Map<string, Awaited<ReturnType<typeof run>>>()
      for (const query of queries) before.set(query.id, await run(without, query))

      const analyzer = loadSwedishAnalyzer()
      const triggered = findTriggeredPairs(
        pairs,
        queries.map((q) => ({ id: q.id, texts: [q.query, before.get(q.id)?.searched ?? q.query] })),
        (q) => analyzer.analyzeQuery(q),
      )
      log(`${pairs.length} candidate pairs, ${triggered.length} triggered by the set`)

      const measured: PairMeasurement[] = []
      for (const pair of triggered) {
        const system = await index.system({ thesaurus: [thesaurusRow(pair.from, [pair.to])] })
        const deltas = []
        for (const query of queries.filter((q) => pair.queryIds.includes(q.id))) {
          const was = before.get(query.id)
          if (was === undefined) continue
          const now = await run(system, query)
          deltas.push({
            id: query.id,
            kind: query.kind,
            query: query.query,
            before: pick(was.scores),
            after: pick(now.scores),
            added: now.files
              .filter((file) => !was.files.includes(file))
              .map((file) => ({ file, grade: query.judgments[file] ?? null })),
          })
        }
        measured.push({ from: pair.from, to: pair.to, queries: deltas })
      }

      const grouped = new Map<string, string[]>()
      for (const pair of pairs) grouped.set(pair.from, [...(grouped.get(pair.from) ?? []), pair.to])
      const all = await index.system({
        thesaurus: [...grouped].map(([from, to]) => thesaurusRow(from, to)),
      })
      const allScores: QueryScores[] = []
      for (const query of queries) allScores.push((await run(all, query)).scores)

      const measurements: ThesaurusMeasurements = {
        measured: `${new Date().toISOString().slice(0, 10)}, ${describeCommit()}, ${queries.length} queries over ${sheets.length} sheets`,
        withoutThesaurus: summarise([...before.values()].map((r) => r.scores)),
        allCandidates: summarise(allScores),
        candidates: pairs.length,
        pairs: measured,
      }
      await writeOutput(values.out, `${JSON.stringify(measurements, null, 2)}\n`)
      if (values.pool) {
        const pool = poolAddedUnjudged(measured, Math.random)
        const count = pool.reduce((sum, entry) => sum + entry.unjudged.length, 0)
        await writeOutput(values.pool, `${JSON.stringify(pool, null, 2)}\n`)
        log(`pool: ${count} unjudged pairs in ${pool.length} queries`)
      }
    } finally {
      await meilisearch.stop()
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

function pick({ recall, precision, ndcg }: QueryScores) {
  return { recall, precision, ndcg }
}

/** The commit measured, and whether the work tree differed from it. */
function describeCommit(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim()
    const dirty = git('status', '--porcelain', '--untracked-files=no') !== ''
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with local changes' : ''}`
  } catch {
    return 'commit unknown'
  }
}

// `pnpm --filter … ablate:thesaurus` runs in this package's folder; a relative path means the caller's.
function fromCaller(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path)
}

async function writeOutput(path: string, text: string): Promise<void> {
  const out = fromCaller(path)
  await writeFile(out, text)
  log(`wrote ${out}`)
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exitCode = 1
})
