import { OpenAPIHono } from '@hono/zod-openapi'
import { timeoutSignal } from '@projektbank/meili'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { fetchFiltered } from './_filtered-documents.js'
import { httpCache } from './_http-cache.js'
import { createIndexVersion } from './_index-version.js'
import { applyLoadLimits } from './_load-limits.js'
import { checkRequestTarget } from './_request-target.js'
import { timeoutFor } from './_router.js'
import { type ApiConfig, DEFAULT_CONFIG } from './config.js'
import { type SearchGateway, UpstreamError } from './meilisearch-gateway.js'
import { searchInParts } from './parallel-facets.js'
import { ProblemError, problemResponse } from './problems.js'
import { completionRoutes } from './routes/completions.js'
import { docsRoutes } from './routes/docs.js'
import { exportRoutes } from './routes/export.js'
import { facetRoutes } from './routes/facets.js'
import { healthRoutes } from './routes/health.js'
import { pageRoutes } from './routes/page.js'
import { projectRoutes } from './routes/projects.js'
import { searchRoutes } from './routes/search.js'
import { statsRoutes } from './routes/stats.js'
import type { SearchAnalyzer } from './search-analyzer.js'
import { planSearch } from './search-plan.js'
import { applySecurityHeaders } from './security-headers.js'
import { createStatsSource } from './stats-source.js'
import { STATS_ROW_ATTRIBUTES } from './stats-table.js'

/** What `createApp` needs: a Meilisearch gateway, an analyser and (optionally) settings. */
export interface AppDeps {
  /** Meilisearch, see `createMeilisearchGateway`. */
  search: SearchGateway
  /** Query analysis and highlighting, see `createSwedishAnalyzer`. */
  analyzer: SearchAnalyzer
  /** Overrides of {@link DEFAULT_CONFIG}. */
  config?: Partial<ApiConfig>
  /** Where unexpected errors are reported; default one JSON line on stderr. */
  log?: (entry: Record<string, unknown>) => void
  /**
   * Start loading the `/stats` table at once, in the background, rather than on the first
   * `/stats` (which then waits seconds on a large index). For a serving process; default false,
   * so that an app built for one test reads nothing it was not asked for.
   */
  preloadStats?: boolean
}

const defaultLog = (entry: Record<string, unknown>) => console.error(JSON.stringify(entry))

/**
 * Builds the API. It never listens by itself: `server.ts` and the one-command start (`apps/start`) serve it, tests call
 * `app.request()`.
 *
 * @example
 * const app = createApp({ search: createMeilisearchGateway({ url, apiKey }), analyzer })
 * const res = await app.request('/search?q=unga&region=Övre%20Norrland')
 */
export function createApp(deps: AppDeps) {
  const config: ApiConfig = { ...DEFAULT_CONFIG, ...deps.config }
  const log = deps.log ?? defaultLog
  const routeDeps = {
    search: deps.search,
    searchInParts: searchInParts(
      (request, signal, options) => deps.search.federatedSearch(request, signal, options),
      config.parallelFacets,
    ),
    analyzer: deps.analyzer,
    config,
    stats: createStatsSource({
      pageSize: config.statsPageSize,
      maxAgeMs: config.statsMaxAgeMs,
      // The whole index in its stored order, a page at a time: from the documents endpoint,
      // which reads without ranking and without the search's maxTotalHits cap, or through a
      // placeholder search when the key may not read documents.
      loadPage: async (offset, limit) => {
        const signal = timeoutSignal(config.heavyTimeoutMs)
        const fields = [...STATS_ROW_ATTRIBUTES]
        const read = await fetchFiltered(deps.search, { fields, limit, offset }, signal)
        if (read) return { hits: read.results, estimatedTotalHits: read.total }
        return deps.search.federatedSearch(
          planSearch({
            indexUid: deps.search.indexUid,
            query: deps.analyzer.analyzeQuery(''),
            fields: undefined,
            filter: '',
            sort: 'relevance',
            limit,
            offset,
            facets: [],
            withStats: false,
            analysedWeight: config.analysedWeight,
            retrieve: STATS_ROW_ATTRIBUTES,
          }),
          signal,
        )
      },
    }),
  }
  if (deps.preloadStats) {
    // Not awaited: /ready and the first searches must not wait for a table only /stats uses.
    routeDeps.stats.preload((error) =>
      log({
        level: 'warn',
        msg: 'the /stats table could not be preloaded; the first /stats loads it',
        error: error instanceof Error ? error.message : String(error),
      }),
    )
  }
  const app = new OpenAPIHono()

  app.use(checkRequestTarget(config.maxUrlBytes))
  applySecurityHeaders(app, config)
  // Before the load limits: a revalidation that still matches (304) searches nothing.
  const cache = httpCache(
    createIndexVersion(deps.search, {
      ttlMs: config.indexVersionTtlMs,
      // A metadata read takes milliseconds; a slow Meilisearch must not hold a search long.
      timeoutMs: Math.min(500, config.upstreamTimeoutMs),
      // A new API version or other settings may answer the same URL differently.
      salt: `${API_VERSION}\n${JSON.stringify(config)}`,
      log,
    }),
    config.cacheControl,
  )
  for (const path of ['/search', '/facets/*', '/projects/*']) app.use(path, cache)
  applyLoadLimits(app, config)
  app.onError((error, c) => toProblem(error, c, config, log))
  app.notFound((c) =>
    problemResponse('not-found', `No route for ${c.req.method} ${c.req.path}`, c.req.path),
  )

  const routes = app
    .route('/', healthRoutes(routeDeps))
    .route('/', searchRoutes(routeDeps))
    .route('/', completionRoutes(routeDeps))
    .route('/', projectRoutes(routeDeps))
    .route('/', facetRoutes(routeDeps))
    .route('/', exportRoutes(routeDeps))
    .route('/', statsRoutes(routeDeps))
    .route('/', docsRoutes())
    .route('/', pageRoutes())
  routes.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Projektbank API',
      version: API_VERSION,
      description:
        'Faceted Swedish full-text search over the projects the European Social Fund has financed in Sweden.',
    },
  })
  return routes
}

/** The app's type, for `hc<AppType>` of `hono/client`. */
export type AppType = ReturnType<typeof createApp>

/** Version of the API's answers, in /openapi.json and in every ETag. */
const API_VERSION = '0.1.0'

function toProblem(
  error: Error,
  c: Context,
  config: ApiConfig,
  log: (entry: Record<string, unknown>) => void,
): Response {
  const instance = new URL(c.req.url).pathname
  const retry = { retryAfterSeconds: config.retryAfterSeconds }
  if (error instanceof ProblemError)
    return problemResponse(error.code, error.detail, instance, error.extra)
  if (error instanceof UpstreamError) {
    switch (error.failure) {
      case 'timeout':
        return problemResponse(
          'upstream-timeout',
          `Meilisearch did not answer within ${timeoutFor(new URL(c.req.url).pathname, config)} ms`,
          instance,
          retry,
        )
      case 'unavailable':
        return problemResponse(
          'upstream-unavailable',
          'Meilisearch is not reachable',
          instance,
          retry,
        )
      case 'index-missing':
        return problemResponse(
          'index-missing',
          'The projects index does not exist yet',
          instance,
          retry,
        )
      case 'rejected':
        break
    }
  }
  if (error instanceof HTTPException && error.status < 500) {
    return problemResponse('invalid-parameter', error.message, instance)
  }
  log({
    level: 'error',
    msg: 'unhandled error',
    path: instance,
    error: String(error),
    stack: error.stack,
  })
  return problemResponse('internal', 'The request failed; the error has been logged', instance)
}
