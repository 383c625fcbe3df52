import type { SearchResponse } from '@projektbank/model'
import { h } from './_dom.js'
import { elements } from './elements.js'
import { alsoSearched } from './reading-words.js'
import { pageUrl, withVerbatimQuery } from './url-state.js'

/** The reading of the results drawn while typing, shown once the typing rests. */
let held: (Node | string)[] | null = null

/**
 * Says how the query was read, above the hits: "Visar resultat för **örebro**" with a link to
 * search exactly as typed, "Visar även resultat för **får**" for a word of its own, "Inga
 * projekt nämner **job**" for a word left out because no project has it, "Inga projekt nämner
 * **rekryteringsproblem**. Visar projekt som nämner **rekrytering** eller **problem**" for a
 * looser match, and "Menade du …?" when nothing matched and the API has a suggestion; with
 * nothing found, it says what was searched ("Sökte även efter **neuropsykiatrisk
 * funktionsnedsättning**"). Returns the line's text.
 *
 * The results of a pause in typing (`whileTyping`) are read from half words ("Visar resultat
 * för försö"), and a line that came and went with them moved the hits up and down under the
 * letters being typed: their reading is held back, the line keeping its place with its words
 * hidden, until {@link releaseQueryReading} once the typing rests.
 *
 * @example
 * const text = renderQueryReading(params, response, { whileTyping: false })
 */
export function renderQueryReading(
  params: URLSearchParams,
  response: SearchResponse,
  options: { whileTyping: boolean },
): string {
  const parts = readingParts(params, response)
  if (options.whileTyping) {
    held = parts
    elements.queryReading.classList.add('held')
  } else drawReading(parts)
  return parts.map((part) => (typeof part === 'string' ? part : part.textContent)).join('')
}

/**
 * Shows the reading held back while typing, if any: when the typing rests, or when the page
 * leaves the results.
 *
 * @example
 * announceWhenQuiet(status, releaseQueryReading)
 */
export function releaseQueryReading(): void {
  if (held) drawReading(held)
}

function drawReading(parts: (Node | string)[]): void {
  const { queryReading } = elements
  held = null
  // Empty rather than hidden when it has nothing to say: it keeps its place (see style.css).
  queryReading.replaceChildren(...parts)
  queryReading.classList.remove('held')
}

function readingParts(params: URLSearchParams, response: SearchResponse): (Node | string)[] {
  const typed = params.get('q') ?? ''
  const { rewrites, searched } = response.reading
  // A looser match says so instead of how the query was read: nothing was found that way.
  const looser = rewrites.filter((rewrite) => rewrite.source === 'looser')
  const read = looser.length > 0 ? [] : rewrites
  const replaced = read.filter((rewrite) => rewrite.kind === 'replaced')
  const added = read.filter((rewrite) => rewrite.kind === 'added')
  const dropped = read.filter((rewrite) => rewrite.kind === 'dropped')
  // With nothing found, "Visar resultat för …" would speak of results under "Inga träffar":
  // the line then says what was searched.
  const found = response.totalHits > 0
  const parts: (Node | string)[] = []
  const [first] = looser
  if (first) {
    parts.push(
      'Inga projekt nämner ',
      h('strong', {}, first.term),
      '. Visar projekt som nämner ',
      ...joined(
        looser.map((rewrite) => h('strong', {}, rewrite.replacement)),
        ' eller ',
      ),
      '. ',
    )
  }
  if (dropped.length > 0) {
    parts.push(
      'Inga projekt nämner ',
      ...joined(dropped.map((rewrite) => h('strong', {}, rewrite.term))),
      '. ',
    )
  }
  if (replaced.length > 0 || dropped.length > 0) {
    parts.push(found ? 'Visar resultat för ' : 'Sökte efter ', h('strong', {}, searched), '. ')
  }
  if (added.length > 0) {
    parts.push(
      found ? 'Visar även resultat för ' : 'Sökte även efter ',
      ...joined(added.map((rewrite) => h('strong', {}, alsoSearched(searched, rewrite)))),
      '. ',
    )
  }
  if (rewrites.length > 0) {
    const exact = pageUrl(withVerbatimQuery(params), location.pathname)
    parts.push(h('a', { href: exact }, `Sök exakt på ${typed}`))
  }
  if (response.totalHits === 0 && response.suggestion) {
    const suggested = pageUrl(withVerbatimQuery(params, response.suggestion), location.pathname)
    parts.push('Menade du ', h('a', { href: suggested }, response.suggestion), '?')
  }
  return parts
}

/** Nodes separated by commas and a final "och" (or `last`). */
function joined(nodes: Node[], last = ' och '): (Node | string)[] {
  return nodes.flatMap((node, i) => {
    if (i === 0) return [node]
    return [i === nodes.length - 1 ? last : ', ', node]
  })
}
