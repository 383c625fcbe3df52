import type { PageConfig } from '../page-config.js'
import { PAGING_PARAMS } from './url-state.js'

/** The page configuration a results search depends on. */
export type SearchRequestConfig = Pick<PageConfig, 'facets' | 'hitsPerPage'>

/** The `/search` requests behind one results view, as query strings. */
export interface SearchRequests {
  /** The hits and every facet's counts. */
  main: string
  /** For each facet with selected values, its counts without its own filter. */
  perFacet: { facet: PageConfig['facets'][number]['name']; query: string }[]
}

/**
 * The searches for the page: the search itself, plus one per facet with selected values that
 * leaves out that facet's own filter, so its list keeps offering the values one could add (OR).
 * Pure, so Node tests it.
 *
 * @example
 * searchRequests(new URLSearchParams('region=X'), { facets: [{ name: 'region', label: 'Region' }], hitsPerPage: 10 })
 * // { main: 'region=X&facets=region&hitsPerPage=10',
 * //   perFacet: [{ facet: 'region', query: 'facets=region&hitsPerPage=1' }] }
 */
export function searchRequests(
  params: URLSearchParams,
  config: SearchRequestConfig,
): SearchRequests {
  const main = new URLSearchParams(params)
  main.set('facets', config.facets.map((f) => f.name).join(','))
  if (!main.has('hitsPerPage')) main.set('hitsPerPage', String(config.hitsPerPage))
  const perFacet = config.facets
    .filter((facet) => params.has(facet.name))
    .map((facet) => {
      const without = new URLSearchParams(params)
      for (const name of [facet.name, ...PAGING_PARAMS, 'sort']) without.delete(name)
      without.set('facets', facet.name)
      without.set('hitsPerPage', '1')
      return { facet: facet.name, query: without.toString() }
    })
  return { main: main.toString(), perFacet }
}
