import {
  DEFAULT_INDEX,
  type MeiliConnection,
  MeiliRequestError,
  meiliRequest,
} from '@projektbank/meili'

/**
 * The part of Meilisearch the API uses, over `fetch` with a search-only key. Every call takes
 * an `AbortSignal` (the app passes one with its upstream timeout); failures become
 * {@link UpstreamError}s that `app.onError` maps to 503/504 problems.
 */
export interface SearchGateway {
  /**
   * `POST /multi-search` with `federation`. `freshConnection`: over a new connection of its
   * own rather than a pooled one (see `meiliRequest` of `@projektbank/meili`); a hint, honoured
   * for a Meilisearch on this machine.
   */
  federatedSearch(
    request: FederatedSearchRequest,
    signal: AbortSignal,
    options?: { freshConnection?: boolean },
  ): Promise<FederatedSearchResult>
  /** `POST /indexes/:uid/facet-search`. */
  facetSearch(request: FacetSearchRequest, signal: AbortSignal): Promise<FacetSearchResult>
  /** `POST /indexes/:uid/search` (used for id look-ups and the readiness probe). */
  search(request: SingleSearchRequest, signal: AbortSignal): Promise<SingleSearchResult>
  /**
   * `POST /indexes/:uid/documents/fetch`: documents matching a filter, in stored order or
   * sorted, without ranking. Needs the key's `documents.get` action; a key without it is a
   * `rejected` {@link UpstreamError}.
   */
  fetchDocuments(request: DocumentsRequest, signal: AbortSignal): Promise<DocumentsResult>
  /** `GET /health`: Meilisearch answers and says it is available. */
  health(signal: AbortSignal): Promise<void>
  /**
   * `GET /indexes/:uid`: when the index was created and last updated. A swap gives the index
   * the other one's creation time and a new update time, so the pair identifies what is live.
   * Needs the key's `indexes.get` action.
   */
  indexInfo(signal: AbortSignal): Promise<IndexInfo>
  /** The index this gateway searches. */
  readonly indexUid: string
}

/** One query of a federated multi-search. */
export interface FederatedQuery {
  indexUid: string
  q: string
  attributesToSearchOn?: string[]
  attributesToRetrieve?: string[]
  filter?: string
  sort?: string[]
  federationOptions?: { weight: number }
  matchingStrategy?: 'last' | 'all' | 'frequency'
  rankingScoreThreshold?: number
}

/** Body of a federated `/multi-search`. */
export interface FederatedSearchRequest {
  federation: {
    limit: number
    offset: number
    facetsByIndex?: Record<string, string[]>
    mergeFacets?: Record<string, never>
  }
  queries: FederatedQuery[]
}

/** What the API reads from a federated search response. */
export interface FederatedSearchResult {
  hits: Record<string, unknown>[]
  processingTimeMs: number
  estimatedTotalHits: number
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: Record<string, { min: number; max: number }>
}

/** What the API reads of an index's metadata, see {@link SearchGateway.indexInfo}. */
export interface IndexInfo {
  uid: string
  createdAt: string
  updatedAt: string
}

/** Body of `/indexes/:uid/facet-search`. */
export interface FacetSearchRequest {
  facetName: string
  facetQuery?: string
  q?: string
  filter?: string
  attributesToSearchOn?: string[]
}

/** Response of a facet search. */
export interface FacetSearchResult {
  facetHits: { value: string; count: number }[]
  facetQuery: string | null
  processingTimeMs: number
}

/** Body of a plain `/indexes/:uid/search`. */
export interface SingleSearchRequest {
  q?: string
  attributesToSearchOn?: string[]
  filter?: string
  limit?: number
  attributesToRetrieve?: string[]
}

/** Body of `/indexes/:uid/documents/fetch`. */
export interface DocumentsRequest {
  filter?: string
  fields?: string[]
  sort?: string[]
  limit: number
  offset: number
}

/** Response of a documents fetch: `total` is exact, unlike a search's estimate. */
export interface DocumentsResult {
  results: Record<string, unknown>[]
  total: number
  offset: number
  limit: number
}

/** Response of a plain search. */
export interface SingleSearchResult {
  hits: Record<string, unknown>[]
  estimatedTotalHits?: number
  processingTimeMs: number
}

/** Why a Meilisearch call failed. */
export type UpstreamFailure = 'unavailable' | 'timeout' | 'index-missing' | 'rejected'

/**
 * A failed Meilisearch call. `unavailable` (refused, reset, 5xx), `timeout`,
 * `index-missing` and `rejected` (a 4xx the API did not expect: a bug here, not the caller's).
 * When Meilisearch answered, `status` is the HTTP status and `code` its error code, so callers
 * test those rather than the wording of the message.
 *
 * @example
 * if (error instanceof UpstreamError && error.code === 'invalid_api_key') … // key lacks the action
 */
export class UpstreamError extends Error {
  /** Meilisearch's error code from the answer's body (`invalid_api_key`, …), when it sent one. */
  readonly code: string | undefined
  /** The HTTP status of Meilisearch's answer; `undefined` when none came (refused, timeout). */
  readonly status: number | undefined

  constructor(
    readonly failure: UpstreamFailure,
    message: string,
    options?: { cause?: unknown; code?: string; status?: number },
  ) {
    super(message, options)
    this.name = 'UpstreamError'
    this.code = options?.code
    this.status = options?.status
  }
}

/** Where and how to reach Meilisearch. */
export interface MeilisearchGatewayOptions {
  /** Base URL, e.g. `http://127.0.0.1:7700`. */
  url: string
  /** A key with the `search` action only; the API never needs the master key. */
  apiKey?: string
  /** Index to search; default `DEFAULT_INDEX` (`projects`) of `@projektbank/meili`. */
  indexUid?: string
  /** `fetch` to use (tests inject one). */
  fetch?: typeof fetch
}

/**
 * Creates the gateway over `@projektbank/meili`'s HTTP layer (`meiliRequest`: uncompressed
 * answers from a Meilisearch on this machine, fresh connections on request, pooled ones
 * otherwise).
 *
 * @example
 * const search = createMeilisearchGateway({ url: 'http://127.0.0.1:7700', apiKey: searchKey })
 * await search.health(AbortSignal.timeout(1000))
 */
export function createMeilisearchGateway(options: MeilisearchGatewayOptions): SearchGateway {
  const meili: MeiliConnection = { url: options.url, apiKey: options.apiKey }
  const indexUid = options.indexUid ?? DEFAULT_INDEX
  const indexPath = `/indexes/${encodeURIComponent(indexUid)}`

  async function call<T>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    signal: AbortSignal,
    freshConnection = false,
  ): Promise<T> {
    let payload: unknown
    try {
      payload = await meiliRequest(meili, method, path.slice(1), {
        body,
        signal,
        freshConnection,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      })
    } catch (error) {
      if (error instanceof MeiliRequestError && error.status > 0) throw statusError(error)
      throw toUpstreamError(error, signal)
    }
    // An empty or non-object answer is not one Meilisearch gives; treat it as a broken one.
    if (typeof payload !== 'object' || payload === null) {
      throw toUpstreamError(
        new Error(`Meilisearch answered ${method} ${path} with no JSON`),
        signal,
      )
    }
    return payload as T
  }

  return {
    indexUid,
    federatedSearch: (request, signal, callOptions) =>
      call('POST', '/multi-search', request, signal, callOptions?.freshConnection),
    facetSearch: (request, signal) => call('POST', `${indexPath}/facet-search`, request, signal),
    search: (request, signal) => call('POST', `${indexPath}/search`, request, signal),
    fetchDocuments: (request, signal) =>
      call('POST', `${indexPath}/documents/fetch`, request, signal),
    health: async (signal) => {
      await call('GET', '/health', undefined, signal)
    },
    indexInfo: (signal) => call('GET', indexPath, undefined, signal),
  }
}

function toUpstreamError(error: unknown, signal: AbortSignal): UpstreamError {
  const reason: unknown = signal.aborted ? signal.reason : undefined
  const timedOut =
    (reason instanceof Error && reason.name === 'TimeoutError') ||
    (error instanceof Error && error.name === 'TimeoutError')
  if (timedOut)
    return new UpstreamError('timeout', 'Meilisearch did not answer in time', { cause: error })
  return new UpstreamError('unavailable', 'Meilisearch is not reachable', { cause: error })
}

function statusError(error: MeiliRequestError): UpstreamError {
  const message = error.detail ?? `HTTP ${error.status}`
  const answer = { status: error.status, code: error.code }
  if (error.code === 'index_not_found') return new UpstreamError('index-missing', message, answer)
  if (error.status >= 500 || error.status === 429) {
    return new UpstreamError('unavailable', message, answer)
  }
  return new UpstreamError('rejected', `${error.code ?? error.status}: ${message}`, answer)
}
