import { createPlainAnalyzer, type SearchAnalyzer } from './search-analyzer.js'

/** The analysis the API and the indexing it starts share. */
export interface LoadedAnalyzer {
  /** `plain` until the Swedish analyser is wired in. */
  kind: 'plain' | 'swedish'
  /** Text → analysed terms joined by spaces, for the indexer's `svTerms` twins. */
  analyzeText: (text: string) => string
  /** Query analysis and highlighting for the routes. */
  search: SearchAnalyzer
}

/**
 * Loads the analysis. PLACEHOLDER until `@projektbank/analyzer/node` lands: plain words.
 *
 * @example
 * const { search } = await loadAnalyzer()
 */
export async function loadAnalyzer(): Promise<LoadedAnalyzer> {
  return {
    kind: 'plain',
    analyzeText: (text) => (text.toLocaleLowerCase('sv').match(/[\p{L}\p{N}]+/gu) ?? []).join(' '),
    search: createPlainAnalyzer(),
  }
}
