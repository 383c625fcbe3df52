import type { AnalyzedQuery as SwedishQuery } from '@projektbank/analyzer'

/** Word terms of a query: neither phrases nor exclusions. */
export const wordTerms = (query: SwedishQuery) => query.terms.filter((t) => !t.exclude && !t.phrase)

/** How many word terms a query has (see {@link wordTerms}). */
export const wordCount = (query: SwedishQuery) => wordTerms(query).length
