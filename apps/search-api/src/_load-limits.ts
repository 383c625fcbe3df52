import type { Env, Hono } from 'hono'
import { createConcurrencyGate } from './_concurrency-gate.js'
import type { ApiConfig } from './config.js'
import { shedLoad } from './load-shedding.js'
import { createRateLimiter, limitRate } from './rate-limit.js'

/** Routes that ask Meilisearch something and share the search gate. */
const SEARCH_ROUTES = ['/search', '/facets/*', '/projects/*', '/stats'] as const

/**
 * Mounts the rate limit (when configured) and the two gates: one for searches, one (smaller,
 * held while the body streams) for exports. `/health`, `/ready`, the page and the docs stay
 * outside: they are cheap, and a busy API must still say that it is alive.
 */
export function applyLoadLimits<E extends Env>(app: Hono<E>, config: ApiConfig): void {
  if (config.rateLimitPerMinute > 0) {
    const limiter = limitRate(createRateLimiter({ perMinute: config.rateLimitPerMinute }))
    for (const path of [...SEARCH_ROUTES, '/export']) app.use(path, limiter)
  }
  const { queueTimeoutMs, retryAfterSeconds } = config
  const searches = shedLoad(
    createConcurrencyGate({
      concurrency: config.searchConcurrency,
      queue: config.searchQueue,
      queueTimeoutMs,
    }),
    { what: 'searches', retryAfterSeconds },
  )
  for (const path of SEARCH_ROUTES) app.use(path, searches)
  app.use(
    '/export',
    shedLoad(
      createConcurrencyGate({
        concurrency: config.exportConcurrency,
        queue: config.exportQueue,
        queueTimeoutMs,
      }),
      { what: 'exports', retryAfterSeconds, holdWhileStreaming: true },
    ),
  )
}
