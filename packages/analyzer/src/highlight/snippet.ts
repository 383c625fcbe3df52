import type { SwedishAnalyzer } from '../create-analyzer.js'
import type { AnalyzedQuery } from '../query/analyze-query.js'
import { type Needles, needleFinder, prepareNeedles } from './_needle-search.js'

/** What a snippet needs of the analyser: its highlighter. */
type Highlighter = Pick<SwedishAnalyzer, 'highlight'>

/** Words per snippet. */
const SNIPPET_WORDS = 30

/** Characters on each side of a candidate match that are highlighted. */
const WINDOW_CHARS = 250

/** Candidates tried before the whole text is highlighted. */
const TRIES = 3

const ELLIPSIS = '…'

/**
 * A query as {@link highlightSnippet} needs it, prepared once per request rather than once per
 * field of every hit: the analysed query and the needles of its substring prefilter.
 *
 * @example
 * prepareSnippetQuery(analyzer.analyzeQuery('frågorna')).needles.list // ['frågor', 'frå']
 */
export interface SnippetQuery {
  readonly query: AnalyzedQuery
  /**
   * Lower-case stems a match must contain, for a cheap test before tokenising: inflections keep
   * the start of the stem (`fråga` → `frågorna`), compound parts appear inside the compound
   * (`expert` in `tillgänglighetsexpert`). A phrase is represented by its longest word.
   */
  readonly needles: Needles
}

/**
 * Prepares a query for {@link highlightSnippet}, see {@link SnippetQuery}.
 *
 * @example
 * const prepared = prepareSnippetQuery(analyzer.analyzeQuery('kommunerna -covid'))
 */
export function prepareSnippetQuery(query: AnalyzedQuery): SnippetQuery {
  const needles = new Set<string>()
  for (const term of query.terms) {
    if (term.exclude) continue
    const words = term.phrase
      ? [[...term.words].sort((a, b) => b.length - a.length)[0] ?? '']
      : [...term.words, ...term.lemmas, ...term.parts]
    for (const word of words) if (word) needles.add(word.slice(0, Math.max(3, word.length - 2)))
  }
  return { query, needles: prepareNeedles([...needles]) }
}

/**
 * The snippet of one field: the analyser's highlighter (inflections and compound parts marked)
 * on the text around the first candidate that really matches, `null` when nothing matches.
 *
 * Tokenising a 15 kB background for a 30-word snippet would be most of the cost of a search
 * response, so a text longer than two windows is highlighted in a window of ±250 characters
 * around a candidate (a needle as a substring); after three candidates that turn out not to
 * be word matches, the whole text is.
 *
 * @example
 * highlightSnippet(analyzer, 'Tre kommuner deltar.', prepareSnippetQuery(analyzer.analyzeQuery('kommun')))
 * // 'Tre <mark>kommuner</mark> deltar.'
 */
export function highlightSnippet(
  analyzer: Highlighter,
  text: string,
  { query, needles }: SnippetQuery,
): string | null {
  if (needles.list.length === 0) return null
  const firstNeedle = needleFinder(text, needles)
  if (text.length <= WINDOW_CHARS * 2) {
    return firstNeedle(0) >= 0 ? markedSnippet(analyzer, text, query) : null
  }
  let from = 0
  for (let tries = 0; tries < TRIES; tries++) {
    const at = firstNeedle(from)
    if (at < 0) return null
    const start = text.lastIndexOf(' ', Math.max(0, at - WINDOW_CHARS)) + 1
    const end = text.indexOf(' ', Math.min(text.length, at + WINDOW_CHARS))
    const stop = end < 0 ? text.length : end
    const snippet = markedSnippet(analyzer, text.slice(start, stop), query)
    if (snippet) {
      const head = start > 0 && !snippet.startsWith(ELLIPSIS) ? `${ELLIPSIS} ` : ''
      const tail = stop < text.length && !snippet.endsWith(ELLIPSIS) ? ` ${ELLIPSIS}` : ''
      return `${head}${snippet}${tail}`
    }
    from = stop
  }
  return markedSnippet(analyzer, text, query)
}

function markedSnippet(analyzer: Highlighter, text: string, query: AnalyzedQuery): string | null {
  const [snippet] = analyzer.highlight(text, query, { crop: SNIPPET_WORDS, maxSnippets: 1 })
  return snippet?.includes('<mark>') ? snippet : null
}
