import type { ReviewedPair, ThesaurusReview } from './read-review.js'

/** The scores the review weighs, before and after a pair. */
interface Scores {
  recall: number
  precision: number
  ndcg: number
}

/** One query of a measured pair (as `ablate:thesaurus` of the search evaluation writes it). */
export interface MeasuredQuery {
  kind: string
  query: string
  before: Scores
  after: Scores
  added: { file: string; grade: number | null }[]
}

/** One measured pair. */
export interface MeasuredPair {
  from: string
  to: string
  queries: MeasuredQuery[]
}

const MEASURES = [
  ['precision', 'precision@10'],
  ['recall', 'recall@10'],
  ['ndcg', 'nDCG@10'],
] as const

/**
 * The review's rule: a pair is kept when it raises recall@10, precision@10 or nDCG@10 on some
 * query that holds its word and lowers none of them on any; otherwise it is denied, and its
 * `why` says what it did (a pair that changed nothing shows no gain). Figures are rounded to
 * three decimals, as the evaluation prints them.
 *
 * @example
 * reviewPairs(measured).kept[0]?.why
 * // '`far` (no-diacritics): precision@10 +0.100, recall@10 +0.333, nDCG@10 +0.138; no change on 2 other queries'
 */
export function reviewPairs(pairs: readonly MeasuredPair[]): ThesaurusReview {
  const kept: ReviewedPair[] = []
  const denied: ReviewedPair[] = []
  for (const pair of pairs) {
    const changes = pair.queries.map((query) => ({ query, deltas: deltasOf(query) }))
    const changed = changes.filter((c) => c.deltas.some(([, delta]) => delta !== 0))
    if (changed.length === 0) {
      const shown = pair.queries.slice(0, 3).map((q) => `\`${q.query}\``)
      const more = pair.queries.length > 3 ? ', …' : ''
      denied.push({
        from: pair.from,
        to: pair.to,
        why: `no gain: no change on ${count(pair.queries.length, 'query', 'queries')} (${shown.join(', ')}${more})`,
      })
      continue
    }
    const parts = changed.map(({ query, deltas }) => {
      const figures = deltas
        .filter(([, delta]) => delta !== 0)
        .map(([label, delta]) => `${label} ${signed(delta)}`)
      const precisionLost = deltas.some(([label, delta]) => label === 'precision@10' && delta < 0)
      const unjudged = query.added.filter((hit) => hit.grade === null).length
      const note =
        precisionLost && unjudged > 0
          ? ` (${count(unjudged, 'unjudged hit', 'unjudged hits')} added)`
          : ''
      return `\`${query.query}\` (${query.kind}): ${figures.join(', ')}${note}`
    })
    const others = pair.queries.length - changed.length
    if (others > 0) parts.push(`no change on ${count(others, 'other query', 'other queries')}`)
    const harms = changes.some((c) => c.deltas.some(([, delta]) => delta < 0))
    ;(harms ? denied : kept).push({ from: pair.from, to: pair.to, why: parts.join('; ') })
  }
  return { kept, denied }
}

function deltasOf(query: MeasuredQuery): [string, number][] {
  return MEASURES.map(([key, label]) => [label, round(query.after[key] - query.before[key])])
}

const round = (value: number) => Math.round(value * 1000) / 1000

const signed = (value: number) => `${value > 0 ? '+' : '−'}${Math.abs(value).toFixed(3)}`

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
