import { FACETS, type Facet, type FacetQuery, type SearchQuery } from '@projektbank/model'

/** The filter parameters of `/search`, `/export` and `/facets/:facet`. */
export type FilterParams = Pick<
  SearchQuery & FacetQuery,
  | Exclude<Facet, 'year'>
  | 'year'
  | 'startFrom'
  | 'startTo'
  | 'grantMin'
  | 'grantMax'
  | 'budgetMin'
  | 'budgetMax'
>

/**
 * String facets (every facet but the numeric `year`), in the model's order, which is also the
 * order their conditions appear in a filter. Attribute = facet name.
 */
const STRING_FACETS = FACETS.filter((facet): facet is Exclude<Facet, 'year'> => facet !== 'year')

/**
 * Quotes a value for a Meilisearch filter: backslashes are escaped first, then double
 * quotes, so the value can neither end the string early nor escape the closing quote.
 *
 * @example
 * quoteFilterValue('Say "hi" \\o/') // '"Say \\"hi\\" \\\\o/"'
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
}

function finite(n: number): string {
  // Validation already guarantees integers; this keeps a stray NaN from reaching the filter.
  if (!Number.isFinite(n)) throw new TypeError(`not a finite number: ${n}`)
  return String(n)
}

/** ISO date (validated `YYYY-MM-DD`) → Unix seconds at UTC midnight, like the indexer stores. */
function dayTimestamp(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / 1000
}

/**
 * Builds a Meilisearch filter expression from validated parameters. Attribute names come only
 * from the model's allow-lists and every string value is quoted by {@link quoteFilterValue},
 * so no value can change the filter's meaning. Values of one facet are ORed (`IN [...]`),
 * facets and ranges are ANDed. Returns `''` when there is nothing to filter.
 *
 * @example
 * buildFilter({ region: ['Övre Norrland'], grantMin: 100000 })
 * // 'region IN ["Övre Norrland"] AND esfGrant >= 100000'
 */
export function buildFilter(params: FilterParams, options: { exclude?: Facet } = {}): string {
  const parts: string[] = []
  for (const facet of STRING_FACETS) {
    const values = params[facet]
    if (values?.length && facet !== options.exclude) {
      parts.push(`${facet} IN [${values.map(quoteFilterValue).join(', ')}]`)
    }
  }
  if (params.year?.length && options.exclude !== 'year') {
    parts.push(`year IN [${params.year.map(finite).join(', ')}]`)
  }
  if (params.startFrom) parts.push(`startTimestamp >= ${finite(dayTimestamp(params.startFrom))}`)
  if (params.startTo) parts.push(`startTimestamp <= ${finite(dayTimestamp(params.startTo))}`)
  if (params.grantMin !== undefined) parts.push(`esfGrant >= ${finite(params.grantMin)}`)
  if (params.grantMax !== undefined) parts.push(`esfGrant <= ${finite(params.grantMax)}`)
  if (params.budgetMin !== undefined) parts.push(`totalBudget >= ${finite(params.budgetMin)}`)
  if (params.budgetMax !== undefined) parts.push(`totalBudget <= ${finite(params.budgetMax)}`)
  return parts.join(' AND ')
}
