import type { Env, Hono } from 'hono'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'
import type { ApiConfig } from './config.js'

/** The API is read-only: a browser on another origin may only GET (and HEAD). */
export const CORS_METHODS = ['GET', 'HEAD'] as const

/**
 * Request headers a cross-origin page may send beyond the CORS-safelisted ones: only those the
 * API reads (`If-None-Match`, for conditional GETs).
 */
export const CORS_REQUEST_HEADERS = ['If-None-Match'] as const

/** Response headers a cross-origin page may read beyond the safelisted ones. */
export const CORS_EXPOSED_HEADERS = [
  'Retry-After',
  'X-Total-Hits',
  'X-Export-Cap',
  'X-Export-Capped',
  'X-Query-Reading',
  'ETag',
] as const

const HSTS_VALUE = 'max-age=15552000; includeSubDomains'

/**
 * Mounts the response headers every answer carries: a strict default CSP with
 * `frame-ancestors 'none'` (routes that serve HTML set their own), the other `secureHeaders`
 * defaults, `Strict-Transport-Security` only where it means something, and CORS for the
 * configured origins restricted to {@link CORS_METHODS} and {@link CORS_REQUEST_HEADERS}.
 *
 * @example
 * applySecurityHeaders(app, { ...DEFAULT_CONFIG, corsOrigins: ['https://a.se'], hsts: 'always' })
 */
export function applySecurityHeaders<E extends Env>(app: Hono<E>, config: ApiConfig): void {
  app.use(
    secureHeaders({
      overwrite: false,
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      // Sent below, and only when it has an effect: a browser ignores it over plain HTTP
      // (RFC 6797 §8.1), and there it would only claim an HTTPS the server does not have.
      strictTransportSecurity: false,
    }),
  )
  if (config.hsts !== 'off') {
    app.use(async (c, next) => {
      await next()
      if (config.hsts === 'always' || new URL(c.req.url).protocol === 'https:') {
        c.res.headers.set('strict-transport-security', HSTS_VALUE)
      }
    })
  }
  if (config.corsOrigins.length > 0) {
    const origins = config.corsOrigins
    app.use(
      cors({
        origin: origins.includes('*') ? '*' : origins,
        allowMethods: [...CORS_METHODS],
        // Without this list Hono echoes whatever a preflight asks for.
        allowHeaders: [...CORS_REQUEST_HEADERS],
        exposeHeaders: [...CORS_EXPOSED_HEADERS],
      }),
    )
  }
}
