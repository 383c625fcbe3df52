import type { SearchResponse } from '@projektbank/model'
import { h } from './_dom.js'
import { elements } from './elements.js'
import { alsoSearched } from './reading-words.js'
import { pageUrl, withVerbatimQuery } from './url-state.js'

/**
 * Says how the query was read, above the hits: "Visar resultat för **örebro**" with a link to
 * search exactly as typed, "Visar även resultat för **får**" for a word of its own, "Inga
 * projekt nämner **job**" for a word left out because no project has it, and
 * "Menade du …?" when nothing matched and the API has a suggestion.
 */
export function renderQueryReading(params: URLSearchParams, response: SearchResponse): void {
  const { queryReading } = elements
  const typed = params.get('q') ?? ''
  const { rewrites, searched } = response.reading
  const replaced = rewrites.filter((rewrite) => rewrite.kind === 'replaced')
  const added = rewrites.filter((rewrite) => rewrite.kind === 'added')
  const dropped = rewrites.filter((rewrite) => rewrite.kind === 'dropped')
  const parts: (Node | string)[] = []
  if (dropped.length > 0) {
    parts.push(
      'Inga projekt nämner ',
      ...joined(dropped.map((rewrite) => h('strong', {}, rewrite.term))),
      '. ',
    )
  }
  if (replaced.length > 0 || dropped.length > 0) {
    parts.push('Visar resultat för ', h('strong', {}, searched), '. ')
  }
  if (added.length > 0) {
    parts.push(
      'Visar även resultat för ',
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
  queryReading.replaceChildren(...parts)
  queryReading.hidden = parts.length === 0
}

/** Nodes separated by commas and a final "och". */
function joined(nodes: Node[]): (Node | string)[] {
  return nodes.flatMap((node, i) => {
    if (i === 0) return [node]
    return [i === nodes.length - 1 ? ' och ' : ', ', node]
  })
}
