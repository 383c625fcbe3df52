import { type SearchField, SORT_OPTIONS, type SortOption } from '@projektbank/model'
import type { RouteDeps } from './_router.js'
import {
  type DocumentsRequest,
  type DocumentsResult,
  type SearchGateway,
  UpstreamError,
} from './meilisearch-gateway.js'
import type { AnalysedQuery } from './search-analyzer.js'
import { type SearchWay, type Shown, type ShownRequest, searchAsShown } from './search-as-shown.js'

/** What {@link readMatches} reads: every match up to `limit`, from the first. */
export interface MatchesRequest {
  /** The query and how it is searched: as read, or looser (`searchAsShown`). */
  way: SearchWay
  fields: readonly SearchField[] | undefined
  filter: string
  sort: SortOption
  /** Most matches to read; 0 asks only how many there are. */
  limit: number
  /** Attributes of each match to return. */
  retrieve: readonly string[]
  analysedWeight: number
}

/** The matches and how many there are in all. */
export interface Matches {
  hits: Record<string, unknown>[]
  estimatedTotalHits: number
}

/**
 * Every match of a request, as `/export` and `/stats` read them: with no query there is
 * nothing to rank, so the rows come from the documents endpoint ({@link fetchFiltered}), in
 * stored order or sorted; a query, or a key that may not read documents, makes it the
 * federated search the way plans. A count (`limit` 0) stays a search, which Meilisearch
 * answers without reading any document.
 *
 * @example
 * const { hits, estimatedTotalHits } = await readMatches(gateway, {
 *   way, fields: undefined, filter: 'region = "Stockholm"', sort: 'relevance',
 *   limit: 10_000, retrieve: ['id'], analysedWeight: 1,
 * }, signal)
 */
export async function readMatches(
  gateway: SearchGateway,
  request: MatchesRequest,
  signal: AbortSignal,
): Promise<Matches> {
  const { way, filter, sort, limit, retrieve } = request
  const unranked =
    way.query.raw === '' && limit > 0
      ? await fetchFiltered(
          gateway,
          {
            ...(filter ? { filter } : {}),
            ...(sort === 'relevance' ? {} : { sort: [...SORT_OPTIONS[sort]] }),
            fields: [...retrieve],
            limit,
            offset: 0,
          },
          signal,
        )
      : null
  if (unranked) return { hits: unranked.results, estimatedTotalHits: unranked.total }
  return gateway.federatedSearch(
    way.plan({
      indexUid: gateway.indexUid,
      fields: request.fields,
      filter,
      sort,
      limit,
      offset: 0,
      facets: [],
      withStats: false,
      analysedWeight: request.analysedWeight,
      retrieve,
    }),
    signal,
  )
}

/**
 * Every match of the projects `/search` shows for a query ({@link searchAsShown}): as read, or,
 * when that finds nothing, its looser search's. What `/export` and `/stats` list and sum.
 *
 * @example
 * const { found, reading } = await readMatchesAsShown(deps, query, { q, verbatim, filter },
 *   { fields: undefined, sort: 'relevance', limit: 10_000, retrieve: ['id'] }, signal)
 */
export function readMatchesAsShown(
  deps: Pick<RouteDeps, 'search' | 'analyzer' | 'config'>,
  query: AnalysedQuery,
  shown: ShownRequest,
  request: Omit<MatchesRequest, 'way' | 'filter' | 'analysedWeight'>,
  signal: AbortSignal,
): Promise<Shown<Matches>> {
  return searchAsShown(
    deps,
    query,
    shown,
    (way) =>
      readMatches(
        deps.search,
        { ...request, way, filter: shown.filter, analysedWeight: deps.config.analysedWeight },
        signal,
      ),
    (matches) => matches.estimatedTotalHits === 0,
  )
}

/**
 * Documents matching a filter, read without ranking from Meilisearch's documents endpoint. A
 * request with no query needs no ranking, and a search ranks anyway: on 50 000 projects an
 * export of 10 000 rows as a search reads and orders every match, while the documents
 * endpoint streams the stored order (or sorts on a sortable attribute).
 *
 * Answers `null` when the key may not read documents — a search key made before it had the
 * `documents.get` action, or a `MEILI_SEARCH_KEY` with `search` only — so that the caller
 * searches instead and the answer stays the same, only slower. Other failures are thrown.
 *
 * @example
 * const read = await fetchFiltered(gateway, { filter, fields: ['id'], limit: 1000, offset: 0 }, signal)
 * if (read === null) … // search instead
 */
export async function fetchFiltered(
  gateway: SearchGateway,
  request: DocumentsRequest,
  signal: AbortSignal,
): Promise<DocumentsResult | null> {
  try {
    return await gateway.fetchDocuments(request, signal)
  } catch (error) {
    if (error instanceof UpstreamError && error.failure === 'rejected' && isForbidden(error)) {
      return null
    }
    throw error
  }
}

/** Meilisearch answers a key without the action with 403 `invalid_api_key`. */
function isForbidden(error: UpstreamError): boolean {
  return error.code === 'invalid_api_key' || error.status === 403
}
