import { hc } from 'hono/client'
import type { AppType } from './app.js'

/** Options of {@link createClient}: headers, a custom `fetch`, … as `hono/client` takes them. */
export type ClientOptions = Parameters<typeof hc>[1]

/**
 * A typed client of the API: paths, parameters and JSON responses are checked by TypeScript.
 *
 * @example
 * const api = createClient('http://localhost:8787')
 * const res = await api.search.$get({ query: { q: 'unga', region: ['Övre Norrland'] } })
 * if (res.ok) (await res.json()).hits[0]?.title
 */
export function createClient(baseUrl: string, options?: ClientOptions) {
  return hc<AppType>(baseUrl, options)
}

/** The client type, see {@link createClient}. */
export type Client = ReturnType<typeof createClient>
