/**
 * Loads `@projektbank/analyzer` and returns the text analysis the `svTerms` twins are built
 * with: the analysed terms of a text, joined by spaces.
 */
export async function loadDefaultAnalyze(): Promise<(text: string) => string> {
  throw new Error('@projektbank/analyzer is not available yet: pass `analyze`')
}
