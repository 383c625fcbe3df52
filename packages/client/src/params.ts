import type {
  CompletionsQuery,
  ExportQuery,
  FacetQuery,
  SearchQuery,
  StatsQuery,
} from '@projektbank/model'

/**
 * The parameters of a validated query as a caller writes them: every one optional (the API
 * applies its defaults), and a list may be given as one value or several.
 */
export type ParamsOf<Query> = {
  [Name in keyof Query]?: Query[Name] extends readonly (infer Item)[] | undefined
    ? Item | readonly Item[]
    : Exclude<Query[Name], undefined>
}

/**
 * Parameters of `GET /search`, typed on the model's `SearchQuery`.
 *
 * @example
 * const params: SearchParams = { q: 'unga', region: ['Övre Norrland', 'Sydsverige'], page: 2 }
 */
export type SearchParams = ParamsOf<SearchQuery>

/**
 * Parameters of `GET /completions` besides `q` (the method's first argument): how many
 * completions at most (1–20, the API's default 8).
 *
 * @example
 * const params: CompletionsParams = { limit: 5 }
 */
export type CompletionsParams = ParamsOf<Omit<CompletionsQuery, 'q'>>

/**
 * Parameters of `GET /facets/:facet`: `q` is the start of a facet value, `query` the main
 * free-text query whose matches are counted.
 *
 * @example
 * const params: FacetParams = { q: 'um', query: 'unga' }
 */
export type FacetParams = ParamsOf<FacetQuery>

/**
 * Parameters of `GET /export`: the filters of `/search`, `format` and, for CSV, `delimiter`.
 *
 * @example
 * const params: ExportParams = { format: 'xlsx', region: 'Övre Norrland' }
 */
export type ExportParams = ParamsOf<ExportQuery>

/**
 * Parameters of `GET /stats`: the filters of `/search` and the facet to group by (required).
 * The format is chosen by the method: `stats()` reads JSON, `statsWorkbook()` downloads xlsx.
 *
 * @example
 * const params: StatsParams = { groupBy: 'county', sort: 'count', q: 'unga' }
 */
export type StatsParams = ParamsOf<Omit<StatsQuery, 'format' | 'groupBy'>> &
  Pick<StatsQuery, 'groupBy'>

/**
 * The answer of `GET /health` and of `GET /ready` when ready.
 *
 * @example
 * const status: HealthStatus = { status: 'ok' }
 */
export interface HealthStatus {
  status: 'ok'
}
