import type { MeilisearchErrorResponse } from 'meilisearch'

/**
 * Where a Meilisearch server is and the key to talk to it with. `apiKey` is the master key,
 * an admin key, or (for the search API) a search-only key; a server started without a master
 * key needs none.
 *
 * @example
 * const meili: MeiliConnection = { url: 'http://127.0.0.1:7700', apiKey: masterKey }
 */
export interface MeiliConnection {
  url: string
  apiKey?: string | undefined
}

/** Options of {@link meiliRequest}. */
export interface MeiliRequestOptions {
  /** JSON-serialisable body, or a string sent as is (with `contentType`). */
  body?: unknown
  /** Content type of a string body; JSON bodies are always `application/json`. */
  contentType?: string
  /** Query parameters; `undefined` values are left out. */
  query?: Record<string, string | number | boolean | undefined>
  signal?: AbortSignal | undefined
  /** Gives up after this long (default 60 s): a hung server must not hang the indexer. */
  timeoutMs?: number
}

/**
 * A request Meilisearch answered with an error, or could not answer at all (`status` 0).
 * `code` is Meilisearch's error code (`index_not_found`, `invalid_api_key`, …) so callers can
 * branch on it instead of parsing messages.
 *
 * @example
 * try { await meiliRequest(meili, 'GET', '/indexes/nope') }
 * catch (e) { if (e instanceof MeiliRequestError && e.code === 'index_not_found') … }
 */
export class MeiliRequestError extends Error {
  override readonly name = 'MeiliRequestError'
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
    readonly type: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/**
 * Sends one request to Meilisearch and returns the parsed JSON answer (or `undefined` for an
 * empty body). Errors name the method, the path, Meilisearch's code and its message.
 *
 * @example
 * const { numberOfDocuments } = await meiliRequest<{ numberOfDocuments: number }>(
 *   meili, 'GET', '/indexes/projects/stats')
 */
export async function meiliRequest<T>(
  meili: MeiliConnection,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  options: MeiliRequestOptions = {},
): Promise<T> {
  const url = new URL(path, meili.url.endsWith('/') ? meili.url : `${meili.url}/`)
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value))
  }
  const headers: Record<string, string> = {}
  if (meili.apiKey) headers.Authorization = `Bearer ${meili.apiKey}`
  let body: string | undefined
  if (typeof options.body === 'string') {
    body = options.body
    headers['Content-Type'] = options.contentType ?? 'application/json'
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body)
    headers['Content-Type'] = 'application/json'
  }
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 60_000)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  const what = `Meilisearch ${method} ${url.pathname}`
  let response: Response
  try {
    response = await fetch(url, { method, headers, body, signal })
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason
    const reason = timeout.aborted
      ? `no answer within ${options.timeoutMs ?? 60_000} ms`
      : describeCause(error)
    throw new MeiliRequestError(
      `${what}: ${meili.url} is unreachable (${reason})`,
      0,
      undefined,
      undefined,
      { cause: error },
    )
  }
  const text = await response.text()
  if (!response.ok) {
    const detail = parseError(text)
    throw new MeiliRequestError(
      `${what} failed with ${response.status}${detail?.code ? ` ${detail.code}` : ''}: ${
        detail?.message ?? truncate(text, 300)
      }`,
      response.status,
      detail?.code,
      detail?.type,
    )
  }
  return (text ? JSON.parse(text) : undefined) as T
}

function parseError(text: string): Partial<MeilisearchErrorResponse> | undefined {
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined
  } catch {
    return undefined
  }
}

function describeCause(error: unknown): string {
  // undici hides the useful part (ECONNREFUSED …) in `cause`.
  if (error instanceof Error && error.cause instanceof Error) return error.cause.message
  return error instanceof Error ? error.message : String(error)
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}
