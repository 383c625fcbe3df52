import type {
  QueryExpansion,
  QueryTerm,
  SwedishAnalyzer,
  AnalyzedQuery as SwedishQuery,
} from '@projektbank/analyzer'
import type { QueryRewrite } from '@projektbank/model'

/**
 * Most expanded queries per search: each is one more query in the federated request, and the
 * first readings of a table row are its most useful ones.
 */
export const MAX_EXPANDED_QUERIES = 6

/** The queries to search after the query itself, and what the reading says about them. */
export interface ExpandedQueries {
  /** The query with one expansion applied each. */
  readonly queries: readonly SwedishQuery[]
  readonly rewrites: readonly QueryRewrite[]
}

/**
 * Applies each expansion to the query on its own: the matched terms (or the matched compound
 * part) replaced by the analysed expansion, every other term as it was. Rewrites are `added`:
 * the query as typed is still searched first.
 *
 * @example
 * expandQuery(analyzer, q, findExpansions(q)).rewrites
 * // [{ term: 'af', replacement: 'arbetsförmedlingen', source: 'abbreviation', kind: 'added' }]
 */
export function expandQuery(
  analyzer: SwedishAnalyzer,
  query: SwedishQuery,
  expansions: readonly QueryExpansion[],
): ExpandedQueries {
  const queries: SwedishQuery[] = []
  const rewrites: QueryRewrite[] = []
  for (const expansion of expansions.slice(0, MAX_EXPANDED_QUERIES)) {
    const replacement = analyzer.analyzeQuery(expansion.to).terms.filter((t) => !t.exclude)
    if (replacement.length === 0) continue
    const terms: QueryTerm[] = [...query.terms.slice(0, expansion.start)]
    let shown = expansion.to
    const term = query.terms[expansion.start]
    if (expansion.part !== undefined && term !== undefined) {
      // A compound part: the compound searched as its other parts plus the expansion's words.
      const words = replacement.flatMap((t) => (t.parts.length > 0 ? t.parts : t.lemmas))
      const parts = term.parts.flatMap((part, i) => (i === expansion.part ? words : [part]))
      terms.push({ ...term, lemmas: parts, parts })
      shown = term.parts.map((part, i) => (i === expansion.part ? expansion.to : part)).join(' ')
    } else {
      terms.push(...replacement)
    }
    terms.push(...query.terms.slice(expansion.end))
    queries.push({ query: query.query, terms })
    if (!rewrites.some((r) => r.term === expansion.from && r.replacement === shown)) {
      rewrites.push({
        term: expansion.from,
        replacement: shown,
        source: expansion.source,
        kind: 'added',
      })
    }
  }
  return { queries, rewrites }
}
