import type { SearchHit, SearchResponse } from '@projektbank/model'
import { h } from './_dom.js'
import { elements } from './elements.js'
import { renderFacets } from './facets.js'
import { hitCountText, integer, kronor, period, shortList } from './format.js'
import { releaseQueryReading, renderQueryReading } from './query-reading.js'
import { fieldLabel } from './search-form.js'
import { announceWhenQuiet } from './search-status.js'
import { highlightedFragment } from './snippet-fragment.js'
import {
  exportFormatHref,
  exportHref,
  pageUrl,
  projectHash,
  STATS_HASH,
  withoutFilters,
  withPage,
} from './url-state.js'

/**
 * Draws a search's results: count, hits, reading, pages, facets, export and clear links.
 * `whileTyping`: the search of a pause in typing, whose reading waits for the typing to rest.
 */
export function renderResults(
  params: URLSearchParams,
  response: SearchResponse,
  options: { whileTyping: boolean },
): void {
  const { totalHits, page, hitsPerPage } = response
  const { resultCount, hitList, noHits, exportCsv, exportCsvSemicolon, exportXlsx, clearFilters } =
    elements
  resultCount.textContent = hitCountText(totalHits)
  const q = params.get('q')
  document.title = `${q ? `${q} – ` : ''}Projektbank`
  hitList.start = (page - 1) * hitsPerPage + 1
  hitList.replaceChildren(...response.hits.map(renderHit))
  noHits.hidden = totalHits > 0
  const reading = renderQueryReading(params, response, options)
  // The count and the reading are the status a screen reader hears, once the typing rests;
  // a reading held back while typing is shown then.
  const count = hitCountText(totalHits)
  announceWhenQuiet(reading ? `${count}. ${reading}` : count, releaseQueryReading)
  renderPagination(params, response)
  renderFacets(params, response)
  exportCsv.href = exportHref(params, null)
  exportCsvSemicolon.href = exportHref(params, ';')
  exportXlsx.href = exportFormatHref(params, 'xlsx')
  elements.statsLink.href = `${pageUrl(params, location.pathname)}${STATS_HASH}`
  clearFilters.href = pageUrl(withoutFilters(params), location.pathname)
  const stats = response.facetStats.esfGrant
  elements.grantMinInput.placeholder = stats ? integer.format(stats.min) : ''
  elements.grantMaxInput.placeholder = stats ? integer.format(stats.max) : ''
}

function renderHit(hit: SearchHit): HTMLLIElement {
  const facts = [
    hit.owner,
    hit.region,
    period(hit.period.start, hit.period.end),
    hit.esfGrant === null ? null : `ESF-stöd ${kronor.format(hit.esfGrant)}`,
  ].filter((fact) => fact)
  const snippets = Object.entries(hit.snippets).map(([field, snippet]) =>
    h(
      'p',
      { class: 'snippet' },
      h('span', { class: 'snippet-field' }, `${fieldLabel(field)}: `),
      highlightedFragment(snippet),
    ),
  )
  const tags = [hit.programArea, hit.phase, ...hit.targetGroups].filter((tag) => tag)
  return h(
    'li',
    { class: 'hit' },
    h('h3', {}, h('a', { href: projectHash(hit.id), 'data-id': hit.id }, hit.title)),
    h('p', { class: 'hit-facts' }, facts.join(' · ')),
    ...snippets,
    hit.municipalities.length
      ? h('p', { class: 'hit-places' }, `Kommuner: ${shortList(hit.municipalities, 6)}`)
      : '',
    tags.length ? h('p', { class: 'hit-tags' }, tags.join(' · ')) : '',
  )
}

/** Links to the two pages either side of the current one, and to the previous and next. */
function renderPagination(params: URLSearchParams, response: SearchResponse): void {
  const { pagination } = elements
  const { page, totalPages } = response
  pagination.hidden = totalPages <= 1
  if (totalPages <= 1) {
    pagination.replaceChildren()
    return
  }
  const link = (target: number, text: string, label: string) => {
    const attributes: Record<string, string> = {
      href: pageUrl(withPage(params, target), location.pathname),
      'data-page': String(target),
      'aria-label': label,
    }
    if (target === page) attributes['aria-current'] = 'page'
    return h('li', {}, h('a', attributes, text))
  }
  const numbers = []
  for (let n = Math.max(1, page - 2); n <= Math.min(totalPages, page + 2); n++) {
    numbers.push(link(n, String(n), `Sida ${n}`))
  }
  pagination.replaceChildren(
    h(
      'ul',
      {},
      page > 1 ? link(page - 1, '← Föregående', 'Föregående sida') : '',
      ...numbers,
      page < totalPages ? link(page + 1, 'Nästa →', 'Nästa sida') : '',
    ),
    h('p', { class: 'page-of' }, `Sida ${page} av ${totalPages}`),
  )
}
