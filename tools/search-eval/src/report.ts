import type { QueryRun, SystemRun } from './evaluate.js'
import { QUERY_KINDS } from './judgments.js'
import { type ScoreSummary, summarise } from './metrics.js'
import { type QueryReach, RETURNED_DEPTH, summariseReach } from './reach.js'

const HEADER = '| Queries | Recall@10 | Precision@10 | nDCG@10 | MRR | Zero-result rate |'
const RULE = '|---:|---:|---:|---:|---:|---:|'

const fixed = (value: number) => value.toFixed(3)

function cells(summary: ScoreSummary): string {
  return [
    summary.queries,
    fixed(summary.recall),
    fixed(summary.precision),
    fixed(summary.ndcg),
    fixed(summary.mrr),
    fixed(summary.zeroResultRate),
  ].join(' | ')
}

function systemName(run: SystemRun): string {
  return `(${run.system.key}) ${run.system.label}`
}

/**
 * The overall comparison: one row per system.
 *
 * @example
 * overallTable(runs) // '| System | Queries | Recall@10 | …'
 */
export function overallTable(runs: readonly SystemRun[]): string {
  const lines = [`| System ${HEADER}`, `|---${RULE}`]
  for (const run of runs)
    lines.push(`| ${systemName(run)} | ${cells(summarise(run.runs.map((r) => r.scores)))} |`)
  return lines.join('\n')
}

/**
 * Each kind of query with every system's recall@10, precision@10, nDCG@10, MRR and zero-result
 * rate side by side (`0.379 / 0.379 / 0.937` for (a) / (b) / (c)).
 *
 * @example
 * kindComparisonTable(runs) // '| Kind | Queries | Recall@10 (a) / (b) / (c) | …'
 */
export function kindComparisonTable(runs: readonly SystemRun[]): string {
  const keys = runs.map((r) => `(${r.system.key})`).join(' / ')
  const lines = [
    `| Kind | Queries | Recall@10 ${keys} | Precision@10 ${keys} | nDCG@10 ${keys} | MRR ${keys} | Zero-result rate ${keys} |`,
    '|---|---:|---:|---:|---:|---:|---:|',
  ]
  for (const kind of [...QUERY_KINDS, 'all'] as const) {
    const summaries = runs.map((run) =>
      summarise(
        run.runs.filter((r) => kind === 'all' || r.query.kind === kind).map((r) => r.scores),
      ),
    )
    const column = (pick: (s: ScoreSummary) => number) =>
      summaries.map((s) => fixed(pick(s))).join(' / ')
    const label = kind === 'all' ? '**all**' : kind
    lines.push(
      `| ${label} | ${summaries[0]?.queries ?? 0} | ${[
        column((s) => s.recall),
        column((s) => s.precision),
        column((s) => s.ndcg),
        column((s) => s.mrr),
        column((s) => s.zeroResultRate),
      ].join(' | ')} |`,
    )
  }
  return lines.join('\n')
}

/**
 * One system's table: all queries, then each kind.
 *
 * @example
 * kindTable(run) // '| Kind | Queries | Recall@10 | …'
 */
export function kindTable(run: SystemRun): string {
  const lines = [`| Kind ${HEADER}`, `|---${RULE}`]
  lines.push(`| **all** | ${cells(summarise(run.runs.map((r) => r.scores)))} |`)
  for (const kind of QUERY_KINDS) {
    const scores = run.runs.filter((r) => r.query.kind === kind).map((r) => r.scores)
    lines.push(`| ${kind} | ${cells(summarise(scores))} |`)
  }
  return lines.join('\n')
}

/**
 * Queries where the full system scores below a baseline on recall@10, precision@10 or nDCG@10.
 *
 * @example
 * losses(full, [a, b]) // [{ run, against: [{ key: 'a', run }] }]
 */
export function losses(
  full: SystemRun,
  baselines: readonly SystemRun[],
): { run: QueryRun; against: { key: string; run: QueryRun }[] }[] {
  const epsilon = 1e-9
  return full.runs.flatMap((run, index) => {
    const against = baselines.flatMap((baseline) => {
      const other = baseline.runs[index]
      if (other === undefined || other.query.id !== run.query.id) return []
      const worse =
        run.scores.recall < other.scores.recall - epsilon ||
        run.scores.precision < other.scores.precision - epsilon ||
        run.scores.ndcg < other.scores.ndcg - epsilon
      return worse ? [{ key: baseline.system.key, run: other }] : []
    })
    return against.length > 0 ? [{ run, against }] : []
  })
}

/**
 * Where the full system's recall@10 and nDCG@10 stop, overall and per kind: the set's own
 * ceiling, the relevant sheets any word of a reading of the query reaches, those the system
 * returns at any rank (each in the best order), and its first page.
 *
 * @example
 * reachTable(reach) // '| Kind | Queries | Recall@10: set ceiling | …'
 */
export function reachTable(reach: readonly QueryReach[]): string {
  const lines = [
    '| Kind | Queries | Recall@10: set ceiling | word reach | returned | first page | nDCG@10: word reach | returned | first page |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ]
  for (const kind of ['all', ...QUERY_KINDS] as const) {
    const s = summariseReach(reach, kind)
    const label = kind === 'all' ? '**all**' : kind
    const figures = [
      s.ceiling,
      s.wordReach.recall,
      s.returned.recall,
      s.firstPage.recall,
      s.wordReach.ndcg,
      s.returned.ndcg,
      s.firstPage.ndcg,
    ].map(fixed)
    lines.push(`| ${label} | ${s.queries} | ${figures.join(' | ')} |`)
  }
  return lines.join('\n')
}

const TYPING_LEGEND =
  'The page searches at each pause in typing. Each row runs every query with that share of ' +
  'its last word typed (rounded up, at least 3 letters; a shorter word stays whole) against ' +
  "the finished query's judgments."

const REACH_LEGEND =
  'Each level bounds the next. *Set ceiling*: every relevant sheet in the first 10 (only ' +
  'queries with more than 10 relevant sheets stay below 1). *Word reach*: the relevant sheets ' +
  'that share a word (a form, lemma or compound part, as the index analyses them) with some ' +
  'reading of the query (as typed, as searched, each rewrite), or that (c) returns through ' +
  "Meilisearch's typo and prefix matching, ranked first: what any ranking of word matches " +
  `could reach. *Returned*: the relevant sheets among the first ${RETURNED_DEPTH} ` +
  'hits, ranked first: what reordering the hits could reach. *First page*: the hits as ranked.'

/** Every system's runs of the queries typed with `share` of their last word. */
export interface TypingRuns {
  share: number
  runs: readonly SystemRun[]
}

/**
 * The systems side by side on the queries cut mid-word (the page searches at each pause in
 * typing), one row per share of the last word typed, after the finished queries.
 *
 * @example
 * typingTable(runs, typing) // '| Last word typed | Queries cut | Recall@10 (a) / (b) / (c) | …'
 */
export function typingTable(finished: readonly SystemRun[], typing: readonly TypingRuns[]): string {
  const keys = finished.map((r) => `(${r.system.key})`).join(' / ')
  const lines = [
    `| Last word typed | Queries cut | Recall@10 ${keys} | Precision@10 ${keys} | nDCG@10 ${keys} | Zero-result rate ${keys} |`,
    '|---|---:|---:|---:|---:|---:|',
  ]
  const row = (label: string, cut: number, runs: readonly SystemRun[]) => {
    const summaries = runs.map((run) => summarise(run.runs.map((r) => r.scores)))
    const column = (pick: (s: ScoreSummary) => number) =>
      summaries.map((s) => fixed(pick(s))).join(' / ')
    lines.push(
      `| ${label} | ${cut} | ${[
        column((s) => s.recall),
        column((s) => s.precision),
        column((s) => s.ndcg),
        column((s) => s.zeroResultRate),
      ].join(' | ')} |`,
    )
  }
  row('all of it (the finished query)', 0, finished)
  const finishedQueries = finished[0]?.runs.map((r) => r.query.query) ?? []
  for (const { share, runs } of typing) {
    const cut = (runs[0]?.runs ?? []).filter((r, i) => r.query.query !== finishedQueries[i]).length
    row(`${Math.round(share * 100)} %`, cut, runs)
  }
  return lines.join('\n')
}

const scoreText = (run: QueryRun) =>
  `R ${fixed(run.scores.recall)}, P ${fixed(run.scores.precision)}, nDCG ${fixed(run.scores.ndcg)}`

function missed(run: QueryRun): string {
  const found = new Set(run.hits)
  const missing = Object.entries(run.query.judgments)
    .filter(([file, grade]) => grade > 0 && !found.has(file))
    .sort(([, a], [, b]) => b - a)
    .map(([file, grade]) => `${file.replace(/\.txt$/, '')} (${grade})`)
  return missing.length > 0 ? missing.join(', ') : '—'
}

const queryCell = (run: QueryRun) => `${run.query.id} \`${run.query.query}\``

/**
 * The whole report in Markdown.
 *
 * @example
 * renderReport({ runs, full: runs[2], corpusSize: 27 })
 */
export function renderReport(input: {
  runs: readonly SystemRun[]
  full: SystemRun
  corpusSize: number
  /** Every system on the queries cut mid-word (see {@link typingTable}); none without it. */
  typing?: readonly TypingRuns[]
  /** The full system's reach per query (see {@link reachTable}); no section without it. */
  reach?: readonly QueryReach[]
  /** Append every query's first hits per system (for diagnosis). */
  withHits?: boolean
  /** How many hits per query and system to append (default 5; the report scores the first 10). */
  hitsCount?: number
}): string {
  const { runs, full } = input
  const baselines = runs.filter((r) => r !== full)
  const queryCount = full.runs.length
  const out: string[] = []
  out.push(
    `${queryCount} queries over ${input.corpusSize} sheets; a hit list is the first 10 results. ` +
      'Recall@10, precision@10 and MRR count grades 1–3 as relevant; precision@10 divides by ' +
      'the hits shown (at most 10, 0 for no hit); nDCG@10 uses gain 2^grade − 1.',
    '',
    overallTable(runs),
    '',
    '### By kind of query',
    '',
    kindComparisonTable(runs),
  )
  for (const run of runs) out.push('', `### ${systemName(run)}`, '', kindTable(run))

  const lost = losses(full, baselines)
  out.push('', `### Queries where (${full.system.key}) loses to a baseline`, '')
  if (lost.length === 0) out.push('None.')
  else {
    out.push(
      `| Query | Kind | (${full.system.key}) | Baseline | Missed by (${full.system.key}) |`,
      '|---|---|---|---|---|',
    )
    for (const { run, against } of lost) {
      const others = against.map((a) => `(${a.key}) ${scoreText(a.run)}`).join('; ')
      out.push(
        `| ${queryCell(run)} | ${run.query.kind} | ${scoreText(run)} | ${others} | ${missed(run)} |`,
      )
    }
  }

  if (input.typing) {
    out.push(
      '',
      '### While typing: the last word cut short',
      '',
      TYPING_LEGEND,
      '',
      typingTable(runs, input.typing),
    )
  }
  if (input.reach) {
    out.push(
      '',
      `### Where (${full.system.key})'s recall and nDCG stop`,
      '',
      REACH_LEGEND,
      '',
      reachTable(input.reach),
    )
  }

  const failing = full.runs.filter((r) => r.scores.recall < 1)
  out.push('', `### Relevant sheets (${full.system.key}) does not return in its first 10`, '')
  if (failing.length === 0) out.push('None.')
  else {
    out.push('| Query | Kind | Hits | Missed (grade) |', '|---|---|---:|---|')
    for (const run of failing) {
      out.push(`| ${queryCell(run)} | ${run.query.kind} | ${run.hits.length} | ${missed(run)} |`)
    }
  }
  if (input.withHits) {
    out.push('', '### First hits per query', '', hitsTable(runs, input.hitsCount))
  }
  return `${out.join('\n')}\n`
}

const shortName = (file: string) => file.replace(/\.txt$/, '').replace(/^(\d{3})_[0-9a-f]+$/, '$1')

/**
 * Every query's first `count` hits per system (five unless told), each with its grade
 * (`a-05-vardlyftet-kronoberg (3)`, `(0)` for judged not relevant); unjudged hits have none.
 *
 * @example
 * hitsTable(runs) // '| Query | (a) | (b) | (c) |…'
 * hitsTable(runs, 10) // the whole first page each system is scored on
 */
export function hitsTable(runs: readonly SystemRun[], count = 5): string {
  const lines = [
    `| Query | ${runs.map((r) => `(${r.system.key})`).join(' | ')} |`,
    `|---|${runs.map(() => '---').join('|')}|`,
  ]
  const first = runs[0]
  if (first === undefined) return lines.join('\n')
  for (const [index, { query }] of first.runs.entries()) {
    const cellsOfRuns = runs.map((run) => {
      const hits = run.runs[index]?.hits.slice(0, count) ?? []
      const grade = (file: string) => query.judgments[file]
      return hits.length === 0
        ? '∅'
        : hits
            .map((file) => {
              const judged = grade(file)
              return `${shortName(file)}${judged === undefined ? '' : ` (${judged})`}`
            })
            .join(', ')
    })
    lines.push(`| ${query.id} \`${query.query}\` | ${cellsOfRuns.join(' | ')} |`)
  }
  return lines.join('\n')
}
