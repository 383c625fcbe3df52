import { type ParallelFacets, parallelFacetsFrom } from './parallel-facets.js'

/** When `Strict-Transport-Security` is sent, see {@link ApiConfig.hsts}. */
export type HstsMode = 'auto' | 'always' | 'off'

/** Every {@link HstsMode}, for validation. */
export const HSTS_MODES: readonly HstsMode[] = ['auto', 'always', 'off']

/** What the API publishes of a project's contact person, see {@link ApiConfig.publicContact}. */
export type PublicContact = 'none' | 'name' | 'full'

/** Every {@link PublicContact} setting, for validation. */
export const PUBLIC_CONTACT_MODES: readonly PublicContact[] = ['none', 'name', 'full']

/**
 * Settings of the API. Every field has a default; `configFromEnv` reads the environment.
 *
 * @example
 * const app = createApp({ search, analyzer, config: { exportCap: 500 } })
 */
export interface ApiConfig {
  /** Most rows one `/export` returns; more matches set `X-Export-Capped: true`. Default 10 000. */
  exportCap: number
  /**
   * Rows encoded per chunk of an export's body (Meilisearch is asked once for all of them).
   * Default 250.
   */
  exportPageSize: number
  /** Time Meilisearch gets per request before the API answers 504. Default 5 000 ms. */
  upstreamTimeoutMs: number
  /**
   * Time Meilisearch gets for the heavy requests, `/export` and `/stats`, which read every
   * matching project rather than one page; past it the API answers 504. Default 30 000 ms.
   */
  heavyTimeoutMs: number
  /** Seconds sent in `Retry-After` with 503/504. Default 5. */
  retryAfterSeconds: number
  /** Origins allowed by CORS; `['*']` for any, `[]` for none. Default `[]`. */
  corsOrigins: string[]
  /** Longest accepted request target (path + query), in bytes; longer → 414. Default 8 192. */
  maxUrlBytes: number
  /** Weight of the analysed (lemma) query against the raw one (1.0). Default 0.8. */
  analysedWeight: number
  /** When a search asks Meilisearch for hits and facet counts side by side. Default `when-idle`. */
  parallelFacets: ParallelFacets
  /**
   * Most `/search`, `/facets/:facet` and `/projects/:id` requests working on Meilisearch at
   * once; more wait in a queue. Default 32.
   */
  searchConcurrency: number
  /** Most searches waiting for a slot; past this the API answers 503 at once. Default 32. */
  searchQueue: number
  /** Most exports streaming at once (each pages through Meilisearch). Default 2. */
  exportConcurrency: number
  /** Most exports waiting for a slot; past this 503 at once. Default 2. */
  exportQueue: number
  /** Longest wait in either queue before the API answers 503. Default 1 000 ms. */
  queueTimeoutMs: number
  /** Requests per minute per client address to the API routes; 0: no limit. Default 0. */
  rateLimitPerMinute: number
  /**
   * When `Strict-Transport-Security` is sent: `auto` on requests that came over HTTPS,
   * `always` (behind a proxy that terminates TLS), `off`. Default `auto`.
   */
  hsts: HstsMode
  /**
   * What `/projects/:id`, the page and `/export` show of a project's contact person: `none`,
   * `name` (no e-mail, no phone) or `full`. Default `name`: the least that still says whom the
   * project belongs to.
   */
  publicContact: PublicContact
  /** Documents per request while `/stats` loads its table of the index. Default 5 000. */
  statsPageSize: number
  /**
   * Age after which `/stats` reloads its table in the background, so amounts changed in place
   * by a re-index show within this time (added or removed projects show at once). Default 60 s.
   */
  statsMaxAgeMs: number
  /**
   * `Cache-Control` of the answers of `/search`, `/facets/:facet` and `/projects/:id`, which
   * also carry an `ETag` of the live index. Default `no-cache`: clients and proxies may keep an
   * answer but ask each time, and a revalidation that still matches is a 304 with no search.
   * `public, max-age=60` lets them reuse an answer for a minute without asking.
   */
  cacheControl: string
  /** How long the index's version is trusted before it is read again. Default 1 000 ms. */
  indexVersionTtlMs: number
}

/** Defaults of {@link ApiConfig}. */
export const DEFAULT_CONFIG: Readonly<ApiConfig> = {
  exportCap: 10_000,
  exportPageSize: 250,
  upstreamTimeoutMs: 5_000,
  heavyTimeoutMs: 30_000,
  retryAfterSeconds: 5,
  corsOrigins: [],
  maxUrlBytes: 8_192,
  analysedWeight: 0.8,
  parallelFacets: 'when-idle',
  searchConcurrency: 32,
  searchQueue: 32,
  exportConcurrency: 2,
  exportQueue: 2,
  queueTimeoutMs: 1_000,
  rateLimitPerMinute: 0,
  hsts: 'auto',
  publicContact: 'name',
  statsPageSize: 5_000,
  statsMaxAgeMs: 60_000,
  cacheControl: 'no-cache',
  indexVersionTtlMs: 1_000,
}

function positiveInt(env: Record<string, string | undefined>, name: string): number | undefined {
  const raw = env[name]
  if (raw === undefined || raw === '') return undefined
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`)
  }
  return value
}

function nonNegativeInt(env: Record<string, string | undefined>, name: string): number | undefined {
  const raw = env[name]
  if (raw === undefined || raw === '') return undefined
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number ≥ 0, got ${JSON.stringify(raw)}`)
  }
  return value
}

/** Load-shedding settings and the variables they are read from. */
const POSITIVE_SETTINGS = {
  SEARCH_CONCURRENCY: 'searchConcurrency',
  EXPORT_CONCURRENCY: 'exportConcurrency',
  QUEUE_TIMEOUT_MS: 'queueTimeoutMs',
} as const satisfies Record<string, keyof ApiConfig>
const NON_NEGATIVE_SETTINGS = {
  SEARCH_QUEUE: 'searchQueue',
  EXPORT_QUEUE: 'exportQueue',
  RATE_LIMIT_PER_MINUTE: 'rateLimitPerMinute',
} as const satisfies Record<string, keyof ApiConfig>

/**
 * Reads `EXPORT_CAP`, `UPSTREAM_TIMEOUT_MS`, `HEAVY_TIMEOUT_MS`, `CORS_ORIGINS` (comma list or `*`),
 * `MEILI_PARALLEL_FACETS` and the load-shedding settings (`SEARCH_CONCURRENCY`, `SEARCH_QUEUE`,
 * `EXPORT_CONCURRENCY`, `EXPORT_QUEUE`, `QUEUE_TIMEOUT_MS`, `RATE_LIMIT_PER_MINUTE`), `HSTS` and
 * `PUBLIC_CONTACT` and `CACHE_CONTROL`; throws on a value it cannot use.
 *
 * @example
 * configFromEnv({ CORS_ORIGINS: 'https://a.se,https://b.se' }).corsOrigins // ['https://a.se', 'https://b.se']
 */
export function configFromEnv(env: Record<string, string | undefined>): Partial<ApiConfig> {
  const config: Partial<ApiConfig> = {}
  const exportCap = positiveInt(env, 'EXPORT_CAP')
  if (exportCap) config.exportCap = exportCap
  const timeout = positiveInt(env, 'UPSTREAM_TIMEOUT_MS')
  if (timeout) config.upstreamTimeoutMs = timeout
  const heavyTimeout = positiveInt(env, 'HEAVY_TIMEOUT_MS')
  if (heavyTimeout) config.heavyTimeoutMs = heavyTimeout
  if (env.CORS_ORIGINS !== undefined) {
    config.corsOrigins = env.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean)
  }
  for (const [name, key] of Object.entries(POSITIVE_SETTINGS)) {
    const value = positiveInt(env, name)
    if (value !== undefined) config[key] = value
  }
  for (const [name, key] of Object.entries(NON_NEGATIVE_SETTINGS)) {
    const value = nonNegativeInt(env, name)
    if (value !== undefined) config[key] = value
  }
  if (env.HSTS) {
    const mode = HSTS_MODES.find((m) => m === env.HSTS)
    if (!mode) {
      throw new Error(
        `HSTS must be one of ${HSTS_MODES.join(', ')}, got ${JSON.stringify(env.HSTS)}`,
      )
    }
    config.hsts = mode
  }
  if (env.PUBLIC_CONTACT) {
    const mode = PUBLIC_CONTACT_MODES.find((m) => m === env.PUBLIC_CONTACT)
    if (!mode) {
      throw new Error(
        `PUBLIC_CONTACT must be one of ${PUBLIC_CONTACT_MODES.join(', ')}, got ${JSON.stringify(env.PUBLIC_CONTACT)}`,
      )
    }
    config.publicContact = mode
  }
  if (env.CACHE_CONTROL !== undefined) {
    const value = env.CACHE_CONTROL.trim()
    // A header value may not hold control characters; an empty one would silently mean nothing.
    const control = [...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)
    if (value === '' || control) {
      throw new Error(
        `CACHE_CONTROL must be a Cache-Control header value, got ${JSON.stringify(env.CACHE_CONTROL)}`,
      )
    }
    config.cacheControl = value
  }
  if (env.MEILI_PARALLEL_FACETS)
    config.parallelFacets = parallelFacetsFrom(env.MEILI_PARALLEL_FACETS)
  return config
}
