import type { PageConfig } from '../page-config.js'

/** The page configuration a results search depends on. */
export type SearchRequestConfig = Pick<PageConfig, 'facets' | 'hitsPerPage' | 'searchParams'>

/**
 * The page's parameters that `/search` knows, in their order. The page's own URL may carry
 * others — a newsletter's `utm_source`, a social network's `fbclid` — which the API would refuse
 * as unknown: they are ignored, so a decorated link still opens its results.
 *
 * @example
 * searchParamsOf(new URLSearchParams('q=unga&utm_source=nyhetsbrev&fbclid=x'), ['q']).toString()
 * // 'q=unga'
 */
export function searchParamsOf(params: URLSearchParams, known: readonly string[]): URLSearchParams {
  const names = new Set(known)
  return new URLSearchParams([...params].filter(([name]) => names.has(name)))
}

/**
 * The one `/search` request behind a results view, as a query string: the known parameters,
 * the page's facets and page size. The API counts each facet that has selected values without
 * its own filter (disjunctive counts), so its list keeps offering the values one could add
 * (OR) — no second request. Pure, so Node tests it.
 *
 * @example
 * searchRequest(new URLSearchParams('region=X&fbclid=y'),
 *   { facets: [{ name: 'region', label: 'Region' }], hitsPerPage: 10, searchParams: ['region', 'facets', 'hitsPerPage'] })
 * // 'region=X&facets=region&hitsPerPage=10'
 */
export function searchRequest(params: URLSearchParams, config: SearchRequestConfig): string {
  const request = searchParamsOf(params, config.searchParams)
  request.set('facets', config.facets.map((f) => f.name).join(','))
  if (!request.has('hitsPerPage')) request.set('hitsPerPage', String(config.hitsPerPage))
  return request.toString()
}
