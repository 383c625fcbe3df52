import type {
  CompletionsResponse,
  Facet,
  FacetSearchResponse,
  Project,
  SearchResponse,
  StatsResponse,
} from '@projektbank/model'
import { queryString } from './_query-string.js'
import type {
  CompletionsParams,
  ExportParams,
  FacetParams,
  HealthStatus,
  SearchParams,
  StatsParams,
} from './params.js'
import { ProblemError } from './problem-error.js'

/**
 * A `fetch` the client can use: the global one, a wrapped one (retries, logging), or a test
 * double such as Hono's `app.request`.
 */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response> | Response

/** Options of {@link createClient}, applied to every request. */
export interface ClientOptions {
  /** Default: `globalThis.fetch`. */
  fetch?: FetchLike
  /** Headers sent with every request, e.g. `{ authorization: 'Bearer …' }` for a gateway. */
  headers?: HeadersInit
  /** Aborts every request of this client, e.g. when the page or the process goes away. */
  signal?: AbortSignal
}

/** Options of one call: its own abort signal and headers (added to the client's). */
export interface CallOptions {
  signal?: AbortSignal
  headers?: HeadersInit
}

/**
 * The API's routes as methods. Each resolves with the typed body of a success and rejects with
 * a {@link ProblemError} for any other answer (and with `fetch`'s own error when the network
 * fails or a signal aborts).
 */
export interface Client {
  /** `GET /search`: a page of hits, disjunctive facet counts and the amounts' range. */
  search(params?: SearchParams, options?: CallOptions): Promise<SearchResponse>
  /**
   * `GET /completions`: completions of the word being typed at the end of `q` (the text in a
   * search box), best first; each holds the whole query with the word in place.
   */
  completions(
    q: string,
    params?: CompletionsParams,
    options?: CallOptions,
  ): Promise<CompletionsResponse>
  /** `GET /projects/:id`: one whole project, contact as the deployment publishes it. */
  project(id: string, options?: CallOptions): Promise<Project>
  /** `GET /facets/:facet`: values of one facet starting with `params.q`, with counts. */
  facet(facet: Facet, params?: FacetParams, options?: CallOptions): Promise<FacetSearchResponse>
  /** `GET /stats`: projects, ESF grants and budgets of the matches, grouped by a facet. */
  stats(params: StatsParams, options?: CallOptions): Promise<StatsResponse>
  /**
   * `GET /stats?format=xlsx`: the same groups as an Excel workbook. Read the file with
   * `response.blob()`, `response.arrayBuffer()` or stream `response.body`.
   */
  statsWorkbook(params: StatsParams, options?: CallOptions): Promise<Response>
  /**
   * `GET /export`: every match (up to the deployment's cap) as CSV (default), NDJSON or xlsx.
   * The response streams: `response.body`, or `response.text()` / `response.blob()`.
   * `X-Total-Hits`, `X-Export-Cap` and `X-Export-Capped` say whether the cap applied.
   */
  export(params?: ExportParams, options?: CallOptions): Promise<Response>
  /** `GET /health`: the API process is up. */
  health(options?: CallOptions): Promise<HealthStatus>
  /** `GET /ready`: Meilisearch answers and the index exists (else a 503 {@link ProblemError}). */
  ready(options?: CallOptions): Promise<HealthStatus>
}

/**
 * A typed client of the Projektbank search API at `baseUrl` (a path prefix is kept).
 *
 * @example
 * const api = createClient('http://127.0.0.1:8787')
 * const { totalHits, hits } = await api.search({ q: 'unga', region: ['Övre Norrland'] })
 */
export function createClient(baseUrl: string, options: ClientOptions = {}): Client {
  const base = baseUrl.replace(/\/+$/, '')
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init))

  async function get(
    path: string,
    params: object,
    call: CallOptions = {},
    accept = 'application/json',
  ): Promise<Response> {
    const headers = new Headers(options.headers)
    new Headers(call.headers).forEach((value, name) => {
      headers.set(name, value)
    })
    if (!headers.has('accept')) headers.set('accept', accept)
    const signals = [options.signal, call.signal].filter((s) => s !== undefined)
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0]
    const response = await fetchImpl(`${base}${path}${queryString(params)}`, {
      method: 'GET',
      headers,
      ...(signal ? { signal } : {}),
    })
    if (!response.ok) throw await ProblemError.fromResponse(response, path)
    return response
  }
  // The body is typed by the route, not checked: the API validates its answers against the
  // same model schemas, and checking again would load zod and the code lists into every app.
  const json = async <T>(path: string, params: object, call?: CallOptions): Promise<T> =>
    (await (await get(path, params, call)).json()) as T
  // Files: whatever type the format asks for, unless the caller names one.
  const download = (path: string, params: object, call?: CallOptions) =>
    get(path, params, call, '*/*')

  return {
    search: (params = {}, call) => json('/search', params, call),
    completions: (q, params = {}, call) => json('/completions', { q, ...params }, call),
    project: (id, call) => json(`/projects/${encodeURIComponent(id)}`, {}, call),
    facet: (facet, params = {}, call) => json(`/facets/${encodeURIComponent(facet)}`, params, call),
    stats: (params, call) => json('/stats', params, call),
    statsWorkbook: (params, call) => download('/stats', { ...params, format: 'xlsx' }, call),
    export: (params = {}, call) => download('/export', params, call),
    health: (call) => json('/health', {}, call),
    ready: (call) => json('/ready', {}, call),
  }
}
