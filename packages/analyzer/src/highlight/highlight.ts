import type { AnalyzedToken } from '../analyze-token.js'
import type { AnalyzedQuery } from '../query/analyze-query.js'
import { renderSnippet } from './_render-snippet.js'
import { selectWindows } from './_select-windows.js'
import { findTokenMatches } from './find-matches.js'

/**
 * Options for highlighting. The tags are always `<mark>` and `</mark>`.
 *
 * @example
 * const options: HighlightOptions = { crop: 20, maxSnippets: 2 }
 */
export interface HighlightOptions {
  /** Words per snippet; omit to return the whole text as one snippet. */
  readonly crop?: number
  /** Most snippets to return when cropping (default 1). */
  readonly maxSnippets?: number
}

const ELLIPSIS = '…'

/**
 * Highlights analysed text for a query: HTML-escaped snippets with `<mark>` around every
 * matching word, cropped to the best windows when `crop` is set, with "…" where text was cut.
 *
 * @example
 * const text = 'Ett två tre kommuner fyra fem.'
 * highlightTokens(text, analyzer.analyzeTokens(text), analyzer.analyzeQuery('kommun'), { crop: 3 })
 * // ['… tre <mark>kommuner</mark> fyra …']
 */
export function highlightTokens(
  text: string,
  tokens: readonly AnalyzedToken[],
  query: AnalyzedQuery,
  options: HighlightOptions = {},
): string[] {
  const matches = findTokenMatches(tokens, query)
  if (options.crop === undefined || tokens.length <= options.crop) {
    return [renderSnippet(text, 0, text.length, matches)]
  }
  const windows = selectWindows(
    tokens.length,
    matches,
    Math.max(1, Math.floor(options.crop)),
    Math.max(1, Math.floor(options.maxSnippets ?? 1)),
  )
  return windows.map((window) => {
    const first = tokens[window.first] as AnalyzedToken
    const last = tokens[window.last] as AnalyzedToken
    const previousEnd = window.first > 0 ? (tokens[window.first - 1] as AnalyzedToken).token.end : 0
    const nextStart =
      window.last + 1 < tokens.length
        ? (tokens[window.last + 1] as AnalyzedToken).token.start
        : text.length
    // Take along punctuation attached to the edge words ("(ESF)", "slut.").
    let from = first.token.start
    while (from > previousEnd && !/\s/u.test(text[from - 1] as string)) from--
    let to = last.token.end
    while (to < nextStart && !/\s/u.test(text[to] as string)) to++
    const inside = matches.filter((m) => m.start >= from && m.end <= to)
    const body = renderSnippet(text, from, to, inside)
    const before = window.first > 0 ? `${ELLIPSIS} ` : ''
    const after = window.last < tokens.length - 1 ? ` ${ELLIPSIS}` : ''
    return before + body + after
  })
}
