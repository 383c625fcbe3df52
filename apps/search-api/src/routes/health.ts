import { createRoute, z } from '@hono/zod-openapi'
import { createRouter, type RouteDeps, upstreamSignal } from '../_router.js'
import { problemResponses } from '../problems.js'

const StatusSchema = z.object({ status: z.literal('ok') }).openapi('Status')

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  summary: 'Liveness: the process is up',
  responses: {
    200: { description: 'Up', content: { 'application/json': { schema: StatusSchema } } },
  },
})

const readyRoute = createRoute({
  method: 'get',
  path: '/ready',
  summary: 'Readiness: Meilisearch answers and the index exists',
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: StatusSchema } } },
    ...problemResponses(503, 504),
  },
})

/**
 * `GET /health` and `GET /ready`.
 *
 * @example
 * (await app.request('/ready')).status // 503 while Meilisearch is down, with Retry-After
 */
export function healthRoutes(deps: RouteDeps) {
  return createRouter()
    .openapi(healthRoute, (c) => c.json({ status: 'ok' as const }, 200))
    .openapi(readyRoute, async (c) => {
      const signal = upstreamSignal(deps.config)
      await deps.search.health(signal)
      // An empty search fails with index_not_found when the index is missing, and needs
      // nothing but the search-only key.
      await deps.search.search({ q: '', limit: 0 }, signal)
      return c.json({ status: 'ok' as const }, 200)
    })
}
