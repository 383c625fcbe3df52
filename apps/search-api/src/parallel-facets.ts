import { linkedController } from '@projektbank/meili'
import type { FederatedSearchRequest, FederatedSearchResult } from './meilisearch-gateway.js'

/**
 * When a federated search with facets goes to Meilisearch as two requests side by side — one
 * for the page of hits, one for the facet counts — instead of one:
 * - `when-idle` (default): only when no other `/search` of this API is waiting for
 *   Meilisearch. A lone request then uses a second core: the facet counts are most of
 *   Meilisearch's time, and the API builds the hits' snippets while they are counted. Under load the
 *   cores are busy anyway and the second search would only cost throughput, so it sends one.
 * - `always`: every time (two searches per request; mind a per-search bill).
 * - `never`: one request each time.
 */
export type ParallelFacets = 'when-idle' | 'always' | 'never'

/** The accepted values, for configuration checks and the docs. */
export const PARALLEL_FACETS_MODES: readonly ParallelFacets[] = ['when-idle', 'always', 'never']

/**
 * Reads a mode from the environment (`MEILI_PARALLEL_FACETS`); unset or empty is `when-idle`.
 *
 * @example
 * parallelFacetsFrom('never') // 'never'
 * parallelFacetsFrom('sometimes') // throws: MEILI_PARALLEL_FACETS must be one of when-idle, always, never
 */
export function parallelFacetsFrom(raw: string | undefined): ParallelFacets {
  if (raw === undefined || raw === '') return 'when-idle'
  const mode = PARALLEL_FACETS_MODES.find((m) => m === raw)
  if (mode) return mode
  throw new Error(
    `MEILI_PARALLEL_FACETS must be one of ${PARALLEL_FACETS_MODES.join(', ')}, got ${JSON.stringify(raw)}`,
  )
}

/** The two halves of a federated search; see {@link splitFederatedSearch}. */
export interface SplitSearch {
  /** The same queries and page, without facets. */
  hits: FederatedSearchRequest
  /** The same queries and page, ids only: facet distribution and stats over every match. */
  facets: FederatedSearchRequest
}

/**
 * Splits a request into a hits half and a facets half, or returns null when there is nothing
 * to gain (no facets asked for, or no hits). The amounts' min/max stay with the counts: in
 * the hits half they made that half plus its snippets the longer one.
 *
 * @example
 * splitFederatedSearch({ federation: { limit: 20, offset: 0 }, queries })  // null: no facets
 */
export function splitFederatedSearch(request: FederatedSearchRequest): SplitSearch | null {
  const { facetsByIndex, mergeFacets, ...page } = request.federation
  if (facetsByIndex === undefined || request.federation.limit === 0) return null
  // A page of ids only (a count, see COUNT_WINDOW) has no snippets to build meanwhile.
  if (request.queries.every((query) => isIdsOnly(query.attributesToRetrieve))) return null
  return {
    hits: { federation: page, queries: request.queries },
    facets: {
      // Both halves run the same queries with the same filters and the same page, so the facet
      // counts are those of the whole request. The page matters: Meilisearch leaves out the
      // matches below a query's `rankingScoreThreshold` only as it ranks them, up to
      // offset + limit, so with `limit: 0` the counts held the sheets the page's floor left out
      // (`handledare` on the seeds: no hit, one project in the region counts). Retrieving one
      // attribute keeps the answer small.
      federation: { ...page, facetsByIndex, ...(mergeFacets ? { mergeFacets } : {}) },
      queries: request.queries.map((query) => ({ ...query, attributesToRetrieve: ['id'] })),
    },
  }
}

const isIdsOnly = (attributes: readonly string[] | undefined) =>
  attributes?.length === 1 && attributes[0] === 'id'

/** A federated search's answer in parts, each given as soon as it is known. */
export interface FederatedSearchParts {
  /** The page of hits and the estimated total. */
  page: Promise<Pick<FederatedSearchResult, 'hits' | 'estimatedTotalHits' | 'processingTimeMs'>>
  /** Facet distribution and amount stats over every match. */
  facets: Promise<
    Pick<FederatedSearchResult, 'facetDistribution' | 'facetStats' | 'processingTimeMs'>
  >
  /** The answers of the extra count-only requests, in their order (see `planFacetCounts`). */
  counts: Promise<Pick<FederatedSearchResult, 'facetDistribution' | 'processingTimeMs'>[]>
}

type Send = (
  request: FederatedSearchRequest,
  signal: AbortSignal,
  options?: { freshConnection?: boolean },
) => Promise<FederatedSearchResult>

/** Runs a federated search and gives its answer in parts; see {@link searchInParts}. */
export type SearchInParts = (
  request: FederatedSearchRequest,
  signal: AbortSignal,
  counts?: readonly FederatedSearchRequest[],
) => FederatedSearchParts

/**
 * Sends federated searches through `send` (one `/multi-search` call), splitting them as `mode`
 * says. Split or not, the parts hold what the one request would have answered: the halves run
 * the same queries with the same filters. `counts` (count-only requests with other filters, for
 * disjunctive facets) go beside them, whatever the mode: Meilisearch cannot answer them within
 * the federated request. When one request fails, the others are aborted.
 *
 * @example
 * const search = searchInParts(gateway.federatedSearch, 'when-idle')
 * const { page, facets } = search(request, AbortSignal.timeout(5000))
 */
export function searchInParts(send: Send, mode: ParallelFacets): SearchInParts {
  let inFlight = 0
  const settled = (parts: Promise<unknown>[]) => {
    inFlight += 1
    void Promise.allSettled(parts).then(() => {
      inFlight -= 1
    })
  }
  return (request, signal, counts = []) => {
    const wanted = mode === 'always' || (mode === 'when-idle' && inFlight === 0)
    const split = wanted ? splitFederatedSearch(request) : null
    if (split === null && counts.length === 0) {
      const whole = send(request, signal)
      settled([whole])
      return { page: whole, facets: whole, counts: Promise.resolve([]) }
    }
    // Not AbortSignal.any(): its sources are held weakly, and a collected timeout never fires.
    const sibling = linkedController(signal)
    const both = sibling.signal
    const abortSibling = (error: unknown): never => {
      sibling.abort(error)
      throw error
    }
    // The facet counts take longer: they go first. Each request on a new connection, so that
    // Meilisearch runs them on threads of their own (see `freshConnection` of `meiliRequest` in @projektbank/meili).
    const fresh = { freshConnection: true }
    let page: FederatedSearchParts['page']
    let facets: FederatedSearchParts['facets']
    if (split === null) {
      const whole = send(request, both, fresh).catch(abortSibling)
      page = whole
      facets = whole
    } else {
      facets = send(split.facets, both, fresh).catch(abortSibling)
      page = send(split.hits, both, fresh).catch(abortSibling)
    }
    const countParts = counts.map((count) => send(count, both, fresh).catch(abortSibling))
    settled([page, facets, ...countParts])
    return { page, facets, counts: Promise.all(countParts) }
  }
}
