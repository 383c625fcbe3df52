/**
 * Graded judgments of one query: document id → grade (3 highly relevant, 2 relevant,
 * 1 marginal, 0 judged not relevant). A document that is not listed scores as a 0.
 */
export type Grades = Readonly<Record<string, number>>

/** The cut-off of every metric here: the first page of results. */
export const CUTOFF = 10

/** The scores of one query's ranking. */
export interface QueryScores {
  /** Share of the relevant documents (grade ≥ 1) found in the first `k` hits. */
  recall: number
  /** Share of the first `k` hits (or of all hits, when fewer came back) that are relevant. */
  precision: number
  /** Normalised discounted cumulative gain of the first `k` hits, gain `2^grade − 1`. */
  ndcg: number
  /** 1 / rank of the first relevant hit within the first `k`, or 0. */
  reciprocalRank: number
  /** Whether the system returned no hit at all. */
  zeroResults: boolean
}

/** Mean scores over a set of queries. */
export interface ScoreSummary {
  queries: number
  recall: number
  precision: number
  ndcg: number
  /** Mean reciprocal rank. */
  mrr: number
  /** Share of queries with no hit. */
  zeroResultRate: number
}

// A hit that appears twice (it should not) counts once, at its first rank.
function topK(ranking: readonly string[], k: number): string[] {
  return [...new Set(ranking)].slice(0, k)
}

function gain(grade: number): number {
  return 2 ** grade - 1
}

function discountedGain(grades: readonly number[]): number {
  return grades.reduce((sum, grade, index) => sum + gain(grade) / Math.log2(index + 2), 0)
}

/**
 * Recall at `k` if the relevant documents among `found` (at any rank) were ranked first: as
 * many of them as fit in `k`, divided by all relevant documents. It bounds what reordering
 * `found` could do for {@link recallAt}.
 *
 * @example
 * reorderedRecallAt(['x', 'b'], { a: 3, b: 1 }) // 0.5
 */
export function reorderedRecallAt(found: readonly string[], grades: Grades, k = CUTOFF): number {
  const relevant = Object.values(grades).filter((grade) => grade > 0).length
  if (relevant === 0) return 0
  return Math.min(k, [...new Set(found)].filter((id) => (grades[id] ?? 0) > 0).length) / relevant
}

/**
 * nDCG at `k` of `found` in the best order (highest grade first): what reordering `found`
 * could do for {@link ndcgAt}.
 *
 * @example
 * bestOrderNdcgAt(['b', 'a'], { a: 3, b: 1 }) // 1
 */
export function bestOrderNdcgAt(found: readonly string[], grades: Grades, k = CUTOFF): number {
  const best = [...new Set(found)].sort((x, y) => (grades[y] ?? 0) - (grades[x] ?? 0))
  return ndcgAt(best, grades, k)
}

/**
 * Recall at `k`: relevant documents in the first `k` hits divided by all relevant documents.
 *
 * @example
 * recallAt(['x', 'a'], { a: 3, b: 1 }) // 0.5
 */
export function recallAt(ranking: readonly string[], grades: Grades, k = CUTOFF): number {
  const relevant = Object.values(grades).filter((grade) => grade > 0).length
  if (relevant === 0) return 0
  const found = topK(ranking, k).filter((id) => (grades[id] ?? 0) > 0).length
  return found / relevant
}

/**
 * Precision at `k`: relevant documents (grade ≥ 1) among the first `k` hits, divided by the
 * number of hits shown on that page, `min(k, hits)`. Dividing by the hits shown rather than by
 * `k` keeps a query with two relevant sheets from capping every system at 0.2: what it measures
 * is how much of the first page is noise. A query that returns nothing scores 0, since the
 * user got nothing useful (the zero-result rate counts it too).
 *
 * @example
 * precisionAt(['a', 'x', 'b', 'y'], { a: 3, b: 1 }) // 0.5: 2 of the 4 hits shown
 */
export function precisionAt(ranking: readonly string[], grades: Grades, k = CUTOFF): number {
  const shown = topK(ranking, k)
  if (shown.length === 0) return 0
  return shown.filter((id) => (grades[id] ?? 0) > 0).length / shown.length
}

/**
 * nDCG at `k` with graded gains `2^grade − 1` and discount `log2(rank + 1)`, normalised by
 * the ideal ordering of all judged documents.
 *
 * @example
 * ndcgAt(['x', 'y', 'a'], { a: 3 }) // 0.5: gain 7 at rank 3 (7/2) against 7 at rank 1
 */
export function ndcgAt(ranking: readonly string[], grades: Grades, k = CUTOFF): number {
  const ideal = Object.values(grades)
    .filter((grade) => grade > 0)
    .sort((a, b) => b - a)
    .slice(0, k)
  const idealGain = discountedGain(ideal)
  if (idealGain === 0) return 0
  return discountedGain(topK(ranking, k).map((id) => grades[id] ?? 0)) / idealGain
}

/**
 * 1 / rank of the first relevant hit among the first `k`, 0 when there is none.
 *
 * @example
 * reciprocalRankAt(['x', 'y', 'z', 'a'], { a: 1 }) // 0.25
 */
export function reciprocalRankAt(ranking: readonly string[], grades: Grades, k = CUTOFF): number {
  const index = topK(ranking, k).findIndex((id) => (grades[id] ?? 0) > 0)
  return index === -1 ? 0 : 1 / (index + 1)
}

/**
 * All scores of one ranking.
 *
 * @example
 * scoreRanking([], { a: 2 }) // { recall: 0, precision: 0, ndcg: 0, reciprocalRank: 0, zeroResults: true }
 */
export function scoreRanking(ranking: readonly string[], grades: Grades, k = CUTOFF): QueryScores {
  return {
    recall: recallAt(ranking, grades, k),
    precision: precisionAt(ranking, grades, k),
    ndcg: ndcgAt(ranking, grades, k),
    reciprocalRank: reciprocalRankAt(ranking, grades, k),
    zeroResults: ranking.length === 0,
  }
}

/**
 * Means over queries; every query weighs the same.
 *
 * @example
 * summarise([scoreRanking(['a'], { a: 1 }), scoreRanking([], { a: 1 })]).zeroResultRate // 0.5
 */
export function summarise(scores: readonly QueryScores[]): ScoreSummary {
  const n = scores.length
  const mean = (pick: (s: QueryScores) => number) =>
    n === 0 ? 0 : scores.reduce((sum, s) => sum + pick(s), 0) / n
  return {
    queries: n,
    recall: mean((s) => s.recall),
    precision: mean((s) => s.precision),
    ndcg: mean((s) => s.ndcg),
    mrr: mean((s) => s.reciprocalRank),
    zeroResultRate: mean((s) => (s.zeroResults ? 1 : 0)),
  }
}
