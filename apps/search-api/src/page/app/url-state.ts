/**
 * The page keeps all its state in the URL: the query string holds the very parameters of
 * `GET /search` (so a result list is linkable and the back button replays it), and
 * `#/projects/<id>` opens one project over it. These functions derive one URL from another and
 * never read `location` themselves, so Node tests them.
 */

/** Parameters of the page URL that are not filters (left out of the export link). */
export const PAGING_PARAMS = ['page', 'hitsPerPage', 'facets'] as const

/** Parameters the "clear all filters" link keeps: what was searched and how it is sorted. */
const KEPT_ON_CLEAR = ['q', 'fields', 'sort'] as const

const PROJECT_HASH = /^#\/projects\/([^/?#]+)$/

/**
 * The page URL for these parameters, without a fragment; with none, the page's own path.
 *
 * @example
 * pageUrl(new URLSearchParams('q=unga'), '/') // '?q=unga'
 */
export function pageUrl(params: URLSearchParams, pathname: string): string {
  const query = params.toString()
  return query ? `?${query}` : pathname
}

/**
 * The link of the CSV export of these results: the filters, without paging.
 *
 * @example
 * exportHref(new URLSearchParams('region=Övre+Norrland&page=2'), ';')
 * // 'export?region=%C3%96vre+Norrland&format=csv&delimiter=%3B'
 */
export function exportHref(params: URLSearchParams, delimiter: string | null): string {
  const filters = new URLSearchParams(params)
  for (const name of PAGING_PARAMS) filters.delete(name)
  filters.set('format', 'csv')
  if (delimiter) filters.set('delimiter', delimiter)
  return `export?${filters}`
}

/** The fragment of the statistics view, over the search in the query string. */
export const STATS_HASH = '#/statistik'

/**
 * The export link of these results in another format (`xlsx`), without paging.
 *
 * @example
 * exportFormatHref(new URLSearchParams('year=2014&page=2'), 'xlsx') // 'export?year=2014&format=xlsx'
 */
export function exportFormatHref(params: URLSearchParams, format: string): string {
  const filters = new URLSearchParams(params)
  for (const name of PAGING_PARAMS) filters.delete(name)
  filters.set('format', format)
  return `export?${filters}`
}

/**
 * The `/stats` request for the search in these parameters: its filters and query, without
 * paging and sort (which `/stats` does not take), grouped by a facet.
 *
 * @example
 * statsQuery(new URLSearchParams('q=unga&sort=title%3Aasc&page=2'), 'county') // 'q=unga&groupBy=county'
 */
export function statsQuery(params: URLSearchParams, groupBy: string, format?: 'xlsx'): string {
  const filters = new URLSearchParams(params)
  for (const name of [...PAGING_PARAMS, 'sort']) filters.delete(name)
  filters.set('groupBy', groupBy)
  if (format) filters.set('format', format)
  return filters.toString()
}

/**
 * The id of the project a fragment opens, or `null` when it opens none. A badly encoded id is
 * taken as written rather than failing the page.
 *
 * @example
 * projectIdFromHash('#/projects/a-0399e62443b58d13') // 'a-0399e62443b58d13'
 */
export function projectIdFromHash(hash: string): string | null {
  const encoded = PROJECT_HASH.exec(hash)?.[1]
  if (!encoded) return null
  try {
    return decodeURIComponent(encoded)
  } catch {
    return encoded
  }
}

/**
 * The fragment that opens a project.
 *
 * @example
 * projectHash('a/b') // '#/projects/a%2Fb'
 */
export function projectHash(id: string): string {
  return `#/projects/${encodeURIComponent(id)}`
}

/**
 * The parameters with one facet value ticked or unticked, back on the first page. Values of the
 * same facet are ORed, so the others stay.
 *
 * @example
 * withFacetValue(new URLSearchParams('year=2014&page=3'), 'year', '2011', true).toString()
 * // 'year=2014&year=2011'
 */
export function withFacetValue(
  params: URLSearchParams,
  facet: string,
  value: string,
  checked: boolean,
): URLSearchParams {
  const next = new URLSearchParams(params)
  const values = next.getAll(facet).filter((v) => v !== value)
  if (checked) values.push(value)
  next.delete(facet)
  for (const v of values) next.append(facet, v)
  next.delete('page')
  return next
}

/**
 * The parameters with the search form's values, back on the first page; an empty value
 * removes its parameter.
 *
 * @example
 * withFormValues(new URLSearchParams('q=a&region=X'), { q: 'unga', sort: '' }).toString()
 * // 'q=unga&region=X'
 */
export function withFormValues(
  params: URLSearchParams,
  values: Record<string, string>,
): URLSearchParams {
  const next = new URLSearchParams(params)
  // "Search exactly as typed" was about the query shown; a new query is read afresh.
  if ('q' in values && values.q !== (params.get('q') ?? '')) next.delete('verbatim')
  for (const [name, value] of Object.entries(values)) {
    if (value) next.set(name, value)
    else next.delete(name)
  }
  next.delete('page')
  return next
}

/**
 * The parameters searching `q` exactly as typed (or, with `query`, another query as read).
 *
 * @example
 * withVerbatimQuery(new URLSearchParams('q=orebro&page=2')).toString() // 'q=orebro&verbatim=true'
 * withVerbatimQuery(new URLSearchParams('q=orebo&verbatim=true'), 'örebro').toString() // 'q=%C3%B6rebro'
 */
export function withVerbatimQuery(params: URLSearchParams, query?: string): URLSearchParams {
  const next = new URLSearchParams(params)
  next.delete('page')
  if (query === undefined) {
    next.set('verbatim', 'true')
  } else {
    next.set('q', query)
    next.delete('verbatim')
  }
  return next
}

/**
 * The parameters on another results page; page 1 has no `page` parameter.
 *
 * @example
 * withPage(new URLSearchParams('q=unga&page=2'), 1).toString() // 'q=unga'
 */
export function withPage(params: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(params)
  if (page === 1) next.delete('page')
  else next.set('page', String(page))
  return next
}

/**
 * The parameters with every filter removed: what was searched, where, and the sort stay.
 *
 * @example
 * withoutFilters(new URLSearchParams('q=unga&region=X&year=2014')).toString() // 'q=unga'
 */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const kept = new URLSearchParams()
  for (const name of KEPT_ON_CLEAR) {
    const value = params.get(name)
    if (value) kept.set(name, value)
  }
  return kept
}
