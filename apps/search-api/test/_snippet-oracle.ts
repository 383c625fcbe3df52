/**
 * The snippet code as it was before the snippets got cheaper (commit 7a7fd9a,
 * `src/swedish-analyzer.ts`): the whole text lowered for the substring prefilter, the needles
 * rebuilt for every field. Kept unchanged as the oracle that `snippet-equality.test.ts`
 * compares the current snippets with.
 */
import type { SwedishAnalyzer, AnalyzedQuery as SwedishQuery } from '@projektbank/analyzer'

const SNIPPET_WORDS = 30
const WINDOW_CHARS = 250
const ELLIPSIS = '…'

/**
 * @example
 * oracleSnippet(analyzer, 'Tre kommuner deltar.', analyzer.analyzeQuery('kommun'))
 * // 'Tre <mark>kommuner</mark> deltar.'
 */
export function oracleSnippet(
  analyzer: SwedishAnalyzer,
  text: string,
  parsed: SwedishQuery,
): string | null {
  const markedSnippet = (text: string, query: SwedishQuery): string | null => {
    const [snippet] = analyzer.highlight(text, query, { crop: SNIPPET_WORDS, maxSnippets: 1 })
    return snippet?.includes('<mark>') ? snippet : null
  }
  const needles = needlesOf(parsed)
  if (needles.length === 0) return null
  const lower = text.toLocaleLowerCase('sv')
  if (text.length <= WINDOW_CHARS * 2) {
    return needles.some((n) => lower.includes(n)) ? markedSnippet(text, parsed) : null
  }
  let from = 0
  for (let tries = 0; tries < 3; tries++) {
    const at = firstIndex(lower, needles, from)
    if (at < 0) return null
    const start = text.lastIndexOf(' ', Math.max(0, at - WINDOW_CHARS)) + 1
    const end = text.indexOf(' ', Math.min(text.length, at + WINDOW_CHARS))
    const stop = end < 0 ? text.length : end
    const snippet = markedSnippet(text.slice(start, stop), parsed)
    if (snippet) {
      const head = start > 0 && !snippet.startsWith(ELLIPSIS) ? `${ELLIPSIS} ` : ''
      const tail = stop < text.length && !snippet.endsWith(ELLIPSIS) ? ` ${ELLIPSIS}` : ''
      return `${head}${snippet}${tail}`
    }
    from = stop
  }
  return markedSnippet(text, parsed)
}

function needlesOf(query: SwedishQuery): string[] {
  const stem = (word: string) => word.slice(0, Math.max(3, word.length - 2))
  const needles = new Set<string>()
  for (const term of query.terms) {
    if (term.exclude) continue
    const words = term.phrase
      ? [[...term.words].sort((a, b) => b.length - a.length)[0] ?? '']
      : [...term.words, ...term.lemmas, ...term.parts]
    for (const word of words) if (word) needles.add(stem(word))
  }
  return [...needles]
}

function firstIndex(lower: string, needles: readonly string[], from: number): number {
  let first = -1
  for (const needle of needles) {
    const at = lower.indexOf(needle, from)
    if (at >= 0 && (first < 0 || at < first)) first = at
  }
  return first
}
