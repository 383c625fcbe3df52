import type { MiddlewareHandler } from 'hono'
import type { IndexVersion } from './_index-version.js'

/** Whether an `If-None-Match` header lists `etag` (weak comparison, as RFC 9110 asks for GET). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  const wanted = bare(etag)
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === wanted)
}

/**
 * Conditional GETs over the live index: a 200 gets a weak `ETag` built from the index's version
 * (see `createIndexVersion`) and `Cache-Control`; a request whose `If-None-Match` holds the
 * current tag gets a 304 before anything is searched. The tag is weak because two answers to
 * the same URL differ in `processingTimeMs`. Without a version (a key that may not read the
 * index's metadata) answers carry `Cache-Control` only.
 */
export function httpCache(version: IndexVersion, cacheControl: string): MiddlewareHandler {
  return async (c, next) => {
    const conditional = c.req.header('if-none-match') !== undefined
    const current = await version.current({ fresh: conditional })
    const etag = current === null ? null : `W/"${current}"`
    if (etag !== null && matchesIfNoneMatch(c.req.header('if-none-match'), etag)) {
      return c.body(null, 304, { etag, 'cache-control': cacheControl })
    }
    await next()
    if (c.res.status !== 200) return
    c.res.headers.set('cache-control', cacheControl)
    if (etag !== null) c.res.headers.set('etag', etag)
  }
}
