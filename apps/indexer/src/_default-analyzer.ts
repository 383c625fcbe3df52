import type { SwedishAnalyzer } from '@projektbank/analyzer'
import { analysisDigest, loadSwedishAnalyzer } from '@projektbank/analyzer/node'

// One lexicon per process (a few MB, with its word cache), however many runs it indexes.
let shared: SwedishAnalyzer | undefined
let sharedDigest: string | undefined

function sharedAnalyzer(): SwedishAnalyzer {
  shared ??= loadSwedishAnalyzer()
  return shared
}

/**
 * The analysis the `svTerms` twins are built with: `analyze` when given, else
 * `@projektbank/analyzer` (analysed terms of a text — surface forms, lemmas, compound parts —
 * space-separated). Synonyms are not written into the twins: the search API searches them at
 * query time. Loading the bundled lexicon takes about 10 ms.
 */
export async function loadIndexAnalysis(
  analyze?: (text: string) => string,
): Promise<(text: string) => string> {
  if (analyze) return analyze
  const loaded = sharedAnalyzer()
  return (text) => loaded.analyzeText(text).join(' ')
}

/**
 * The digest of the default analysis (`analysisDigest` of `@projektbank/analyzer`), computed
 * once per process; the caller's `analyze` has none unless the caller gives it.
 */
export function defaultAnalysisDigest(): string {
  sharedDigest ??= analysisDigest()
  return sharedDigest
}
