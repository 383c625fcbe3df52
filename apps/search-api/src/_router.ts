import { OpenAPIHono } from '@hono/zod-openapi'
import { timeoutSignal } from '@projektbank/meili'
import type { ZodError } from 'zod'
import type { ApiConfig } from './config.js'
import type { SearchGateway } from './meilisearch-gateway.js'
import type { SearchInParts } from './parallel-facets.js'
import { type InvalidParam, ProblemError } from './problems.js'
import type { SearchAnalyzer } from './search-analyzer.js'
import type { StatsSource } from './stats-source.js'

/** What every route group gets: the injected dependencies and the resolved config. */
export interface RouteDeps {
  search: SearchGateway
  /** Federated searches through `search`, split into hits and facets as the config says. */
  searchInParts: SearchInParts
  analyzer: SearchAnalyzer
  config: ApiConfig
  /** The statistics table of the index, for `/stats`. */
  stats: StatsSource
}

/** Turns a zod error on a query or path into the list of offending parameters. */
export function invalidParams(error: ZodError): { unknown: boolean; params: InvalidParam[] } {
  const params: InvalidParam[] = []
  let unknown = false
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      unknown = true
      for (const key of issue.keys) params.push({ name: key, reason: 'unknown parameter' })
    } else {
      params.push({ name: String(issue.path[0] ?? ''), reason: issue.message })
    }
  }
  return { unknown: unknown && params.every((p) => p.reason === 'unknown parameter'), params }
}

/** A route group whose validation failures become 400 problems naming the parameters. */
export function createRouter() {
  return new OpenAPIHono({
    defaultHook: (result) => {
      if (result.success) return
      const { unknown, params } = invalidParams(result.error)
      const detail = params.map((p) => `${p.name}: ${p.reason}`).join('; ')
      throw new ProblemError(unknown ? 'unknown-parameter' : 'invalid-parameter', detail, {
        invalidParams: params,
      })
    },
  })
}

/**
 * An `AbortSignal` that fires after the upstream timeout. (Not tied to the client's request:
 * on Node that would build a full `Request` per call, and a Meilisearch search is short;
 * an export the client abandons stops at the next page because its stream is cancelled.)
 */
export function upstreamSignal(config: ApiConfig): AbortSignal {
  // Not AbortSignal.timeout(): Node may collect its signal before it fires (`@projektbank/meili`'s abort-signals.ts).
  return timeoutSignal(config.upstreamTimeoutMs)
}

/** Routes that read every matching project, not one page: they get `heavyTimeoutMs`. */
export const HEAVY_ROUTES = ['/export', '/stats'] as const

/** The upstream timeout of a request to `path`: heavy routes get the longer one. */
export function timeoutFor(path: string, config: ApiConfig): number {
  return (HEAVY_ROUTES as readonly string[]).includes(path)
    ? config.heavyTimeoutMs
    : config.upstreamTimeoutMs
}

/**
 * The signal of a heavy request (`/export`, `/stats`): an export of 10 000 rows or the ids of
 * every project matching `unga` take Meilisearch seconds on a large index, where a page of
 * results takes milliseconds.
 */
export function heavySignal(config: ApiConfig): AbortSignal {
  return timeoutSignal(config.heavyTimeoutMs)
}
