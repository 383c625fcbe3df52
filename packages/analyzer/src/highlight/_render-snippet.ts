import { escapeHtml } from './escape-html.js'
import type { MatchRange } from './find-matches.js'

/**
 * Renders `text.slice(from, to)` as HTML: every character escaped, each match inside the range
 * wrapped in `<mark>…</mark>`, and nothing else added. Matches must be sorted and disjoint.
 *
 * @example
 * renderSnippet('a <b> c', 2, 5, [{ start: 2, end: 5, term: 0 }]) // '<mark>&lt;b&gt;</mark>'
 */
export function renderSnippet(
  text: string,
  from: number,
  to: number,
  matches: readonly MatchRange[],
): string {
  let html = ''
  let at = from
  for (const match of matches) {
    const start = Math.max(match.start, from)
    const end = Math.min(match.end, to)
    if (end <= start || start < at) continue
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`
    at = end
  }
  return html + escapeHtml(text.slice(at, to))
}
