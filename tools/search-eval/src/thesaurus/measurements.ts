import type { QueryKind } from '../judgments.js'
import type { ScoreSummary } from '../metrics.js'

/** A thesaurus pair, one direction: a query with `from` is also searched with `to`. */
export interface SynonymPair {
  readonly from: string
  readonly to: string
}

/** The three scores the review weighs. */
export interface PairScores {
  recall: number
  precision: number
  ndcg: number
}

/** One query a pair's word is in, searched without and with the pair. */
export interface QueryDelta {
  id: string
  kind: QueryKind
  query: string
  before: PairScores
  after: PairScores
  /** Sheets on the first page with the pair that were not there without it; grade `null` = unjudged. */
  added: { file: string; grade: number | null }[]
}

/** One pair and every query that triggers it. */
export interface PairMeasurement extends SynonymPair {
  queries: QueryDelta[]
}

/**
 * What `pnpm --filter @projektbank/search-eval ablate:thesaurus` writes and
 * `derive-thesaurus.ts --measurements` reads to rewrite the analyser's review.
 */
export interface ThesaurusMeasurements {
  /** When and on what the figures were taken. */
  measured: string
  /** The whole set with the hand-kept table only (no thesaurus). */
  withoutThesaurus: ScoreSummary
  /** The whole set with every candidate pair as the thesaurus. */
  allCandidates: ScoreSummary
  candidates: number
  pairs: PairMeasurement[]
}
