import type { MiddlewareHandler } from 'hono'
import { ProblemError } from './problems.js'

/** Decodes one `application/x-www-form-urlencoded` component, or null when it is not valid. */
function decodeComponent(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '))
  } catch {
    return null
  }
}

/**
 * The parameters of a query string whose percent-encoding is invalid (`%zz`, `%FF` alone, a cut
 * `%E0%A4%A`). Hono reads such a value literally, so `q=%FF` would search for the text `%FF`;
 * the caller almost certainly meant something else and should hear about it.
 *
 * @example
 * badlyEncodedParams('?q=%FF&page=2') // ['q']
 */
export function badlyEncodedParams(search: string): string[] {
  const bad: string[] = []
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const rawName = eq === -1 ? pair : pair.slice(0, eq)
    const name = decodeComponent(rawName)
    const value = eq === -1 ? '' : decodeComponent(pair.slice(eq + 1))
    if (name === null || value === null) bad.push(name ?? rawName)
  }
  return bad
}

/**
 * Refuses a request target the routes should not see: longer than `maxUrlBytes` (414), or with a
 * query parameter that is not valid percent-encoded UTF-8 (400 naming it).
 */
export function checkRequestTarget(maxUrlBytes: number): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url)
    if (url.pathname.length + url.search.length > maxUrlBytes) {
      throw new ProblemError(
        'uri-too-long',
        `The request target is longer than ${maxUrlBytes} bytes`,
      )
    }
    const bad = badlyEncodedParams(url.search)
    if (bad.length > 0) {
      const reason =
        'invalid percent-encoding (each % must start a valid UTF-8 escape such as %C3%A5)'
      throw new ProblemError(
        'invalid-parameter',
        bad.map((name) => `${name}: ${reason}`).join('; '),
        { invalidParams: bad.map((name) => ({ name, reason })) },
      )
    }
    await next()
  }
}
