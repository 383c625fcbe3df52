import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { configFromEnv } from '../src/config.js'
import { createTestApp } from './_fakes.js'

const A = 'https://a.example'

describe('CORS', () => {
  test('a preflight is told GET and HEAD, and only the headers the API reads', async () => {
    const { app } = createTestApp({ corsOrigins: [A] })
    const preflight = await app.request('/search', {
      method: 'OPTIONS',
      headers: {
        origin: A,
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'x-evil, authorization, if-none-match',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(A)
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,HEAD')
    expect(preflight.headers.get('access-control-allow-headers')).toBe('If-None-Match')
  })

  test('a GET from an allowed origin may read the API’s own headers', async () => {
    const { app } = createTestApp({ corsOrigins: ['*'] })
    const res = await app.request('/search?q=x', { headers: { origin: A } })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-expose-headers')).toBe(
      'Retry-After,X-Total-Hits,X-Export-Cap,X-Export-Capped,X-Query-Reading,ETag',
    )
  })

  test('without CORS_ORIGINS no CORS header at all, preflight included', async () => {
    const { app } = createTestApp()
    const preflight = await app.request('/search', {
      method: 'OPTIONS',
      headers: { origin: A, 'access-control-request-method': 'GET' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull()
  })
})

describe('HSTS', () => {
  const hsts = async (url: string, config: Parameters<typeof createTestApp>[0] = {}) =>
    (await createTestApp(config).app.request(url)).headers.get('strict-transport-security')

  test('auto (default): only on a request that came over HTTPS', async () => {
    expect(await hsts('http://localhost/health')).toBeNull()
    expect(await hsts('http://localhost/search?q=x')).toBeNull()
    expect(await hsts('https://api.example/health')).toBe('max-age=15552000; includeSubDomains')
  })

  test('always: also over HTTP (a proxy terminates TLS); off: never', async () => {
    expect(await hsts('http://localhost/health', { hsts: 'always' })).toBe(
      'max-age=15552000; includeSubDomains',
    )
    expect(await hsts('https://api.example/health', { hsts: 'off' })).toBeNull()
  })

  test('HSTS is read from the environment and checked', () => {
    expect(configFromEnv({ HSTS: 'always' })).toEqual({ hsts: 'always' })
    expect(() => configFromEnv({ HSTS: 'yes' })).toThrow(
      'HSTS must be one of auto, always, off, got "yes"',
    )
  })
})

describe('/docs CSP', () => {
  test('allows its one inline script and style by hash, nothing unsafe, no framing', async () => {
    const res = await createTestApp().app.request('/docs')
    const csp = res.headers.get('content-security-policy') ?? ''
    const html = await res.text()
    const inline = (tag: string) => {
      const bodies = [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))]
      expect(bodies).toHaveLength(1)
      const body = bodies[0]?.[1] ?? ''
      return `'sha256-${createHash('sha256').update(body).digest('base64')}'`
    }
    expect(csp.split('; ')).toEqual([
      "default-src 'none'",
      `script-src ${inline('script')}`,
      `style-src ${inline('style')}`,
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ])
    expect(csp).not.toContain('unsafe')
  })
})
