import type {
  QueryTerm,
  SwedishAnalyzer,
  AnalyzedQuery as SwedishQuery,
} from '@projektbank/analyzer'
import type { QueryRewrite } from '@projektbank/model'
import type { TypoCorrection } from './correct-typo.js'

/** A query with its slips corrected (or its last word completed), and what was rewritten. */
export interface CorrectedQuery {
  readonly query: SwedishQuery
  readonly rewrites: readonly QueryRewrite[]
}

/**
 * Replaces each word term `correct` knows a correction for by the corrected word, analysed
 * afresh (lemma, compound parts). Phrases, exclusions and the words in `keep` (already
 * rewritten, e.g. their diacritics restored) are left as they are.
 *
 * @example
 * correctQuery(analyzer, analyzer.analyzeQuery('validerng'), correct).rewrites
 * // [{ term: 'validerng', replacement: 'validering', source: 'typo', kind: 'replaced' }]
 */
export function correctQuery(
  analyzer: SwedishAnalyzer,
  query: SwedishQuery,
  correct: (word: string) => TypoCorrection | undefined,
  keep: ReadonlySet<string> = new Set(),
): CorrectedQuery {
  const rewrites: QueryRewrite[] = []
  const terms: QueryTerm[] = []
  for (const term of query.terms) {
    const correction =
      term.phrase || term.exclude || keep.has(term.text) ? undefined : correct(term.text)
    if (correction === undefined) {
      terms.push(term)
      continue
    }
    terms.push(...analyzer.analyzeQuery(correction.corrected).terms)
    if (!rewrites.some((r) => r.term === term.text)) {
      rewrites.push({
        term: term.text,
        replacement: correction.corrected,
        source: correction.source ?? 'typo',
        kind: 'replaced',
      })
    }
  }
  return rewrites.length === 0
    ? { query, rewrites }
    : { query: { query: query.query, terms }, rewrites }
}
