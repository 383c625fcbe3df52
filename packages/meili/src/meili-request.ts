import type { MeilisearchErrorResponse } from 'meilisearch'
import { exchangeOnFreshConnection } from './_fresh-connection.js'
import { portOwnership } from './_socket-owner.js'

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
  /**
   * Pid of the embedded Meilisearch this process started. When set, a request with a key is
   * sent only after the socket listening on the URL's port proves to be that process's: if the
   * server died and another process took its port, the key stays here.
   */
  ownerPid?: number | undefined
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
  /**
   * Send over a new connection of its own, closed afterwards, rather than a pooled one (see
   * `_fresh-connection.ts`: two searches sent at once then run on two Meilisearch threads). A
   * hint, honoured for plain HTTP to this machine with the built-in `fetch`.
   */
  freshConnection?: boolean
  /** The `fetch` to use; default the global one (tests inject a stand-in). */
  fetch?: typeof fetch
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
    options?: { cause?: unknown; detail?: string },
  ) {
    super(message, options)
    this.detail = options?.detail
  }

  /** Meilisearch's own message, when it sent one. */
  readonly detail: string | undefined
}

/**
 * Sends one request to Meilisearch and returns the parsed JSON answer (or `undefined` for an
 * empty body). `path` (`/keys` or `keys`) is taken relative to `meili.url`, so a server behind a
 * path prefix (`https://host/meili`) is reached under that prefix. Errors name the method, the path, Meilisearch's code and its message; an abort
 * of `options.signal` rejects with the signal's reason.
 *
 * To a Meilisearch on this machine it asks for uncompressed answers: a search answer carries
 * the full texts of its hits (about 200 kB), and gzip costs Meilisearch several milliseconds to
 * compress it and Node about one to inflate it, far more than the bytes cost on one machine.
 * Across a network (Meilisearch Cloud) the bytes win, and `fetch` negotiates compression.
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
  // Relative to the base with its trailing slash, never to the server root: a `MEILI_URL` behind
  // a path prefix (`https://host/meili`) must keep it, and `new URL('/keys', base)` drops it.
  const base = meili.url.endsWith('/') ? meili.url : `${meili.url}/`
  const url = new URL(path.replace(/^\/+/, ''), base)
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value))
  }
  const headers: Record<string, string> = {}
  let body: string | undefined
  if (typeof options.body === 'string') {
    body = options.body
    headers['content-type'] = options.contentType ?? 'application/json'
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body)
    headers['content-type'] = 'application/json'
  }
  const loopback = isLoopback(url)
  if (loopback) headers['accept-encoding'] = 'identity'
  if (meili.apiKey) headers.authorization = `Bearer ${meili.apiKey}`
  const timeoutMs = options.timeoutMs ?? 60_000
  const what = `Meilisearch ${method} ${url.pathname}`
  if (meili.apiKey && meili.ownerPid !== undefined) await assertOwner(url, meili.ownerPid, what)
  // The timer and the caller's signal abort one controller that this call holds, rather than
  // AbortSignal.any([signal, AbortSignal.timeout()]): Node 20 may collect such a timeout
  // signal before it fires (abort-signals.ts). Both are released when the call ends.
  const controller = new AbortController()
  const timer = setTimeout(() => {
    controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError'))
  }, timeoutMs)
  const follow = () => controller.abort(options.signal?.reason)
  if (options.signal?.aborted) follow()
  else options.signal?.addEventListener('abort', follow, { once: true })
  const init = { method, headers, body, signal: controller.signal }
  let status: number
  let text: string
  try {
    if (options.freshConnection && !options.fetch && loopback && url.protocol === 'http:') {
      ;({ status, body: text } = await exchangeOnFreshConnection(url.href, init))
    } else {
      const response = await (options.fetch ?? fetch)(url, init)
      status = response.status
      text = await response.text()
    }
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason
    const reason = controller.signal.aborted
      ? `no answer within ${timeoutMs} ms`
      : describeCause(error)
    throw new MeiliRequestError(
      `${what}: ${meili.url} is unreachable (${reason})`,
      0,
      undefined,
      undefined,
      { cause: error },
    )
  } finally {
    clearTimeout(timer)
    options.signal?.removeEventListener('abort', follow)
  }
  if (status < 200 || status >= 300) {
    const detail = parseError(text)
    throw new MeiliRequestError(
      `${what} failed with ${status}${detail?.code ? ` ${detail.code}` : ''}: ${
        detail?.message ?? truncate(text, 300)
      }`,
      status,
      detail?.code,
      detail?.type,
      detail?.message === undefined ? {} : { detail: detail.message },
    )
  }
  return (text ? JSON.parse(text) : undefined) as T
}

/** Whether a Meilisearch URL points at this machine (the embedded server, or one on localhost). */
function isLoopback(url: URL): boolean {
  const host = url.hostname
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)
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

/**
 * Throws unless the socket listening on `url`'s port belongs to `pid`. Checked before every
 * key-bearing request, not only at start: Meilisearch can die between two requests and a
 * squatter take its port. What remains is the time between this check and the connection
 * (well under a millisecond), which only a server that listens on a path only it owns would
 * close; Meilisearch listens on TCP only.
 */
async function assertOwner(url: URL, pid: number, what: string): Promise<void> {
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80))
  const ownership = await portOwnership(port, pid)
  if (ownership === 'owned') return
  throw new MeiliRequestError(
    `${what}: the process listening on ${url.origin} is not the Meilisearch started as pid ${pid} (${ownership}); the key was not sent`,
    0,
    'not_our_meilisearch',
    undefined,
  )
}
