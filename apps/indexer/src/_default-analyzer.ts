import type { SwedishAnalyzer } from '@projektbank/analyzer'
import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { createSynonymExpansion } from './_synonym-expansion.js'
import { SYNONYM_GROUPS } from './index-settings.js'

// One lexicon per process (a few MB, with its word cache), however many runs it indexes.
let shared: SwedishAnalyzer | undefined

function sharedAnalyzer(): SwedishAnalyzer {
  shared ??= loadSwedishAnalyzer()
  return shared
}

/**
 * The analysis the `svTerms` twins are built with: `analyze` when given, else
 * `@projektbank/analyzer` (analysed terms of a text — surface forms, lemmas, compound parts —
 * space-separated), followed in both cases by the synonym expansion of
 * {@link createSynonymExpansion}. Loading the bundled lexicon takes about 10 ms.
 */
export async function loadIndexAnalysis(
  analyze?: (text: string) => string,
): Promise<(text: string) => string> {
  const loaded = sharedAnalyzer()
  const base = analyze ?? ((text: string) => loaded.analyzeText(text).join(' '))
  const expand = createSynonymExpansion(SYNONYM_GROUPS, loaded)
  return (text) => expand(text, base(text))
}
