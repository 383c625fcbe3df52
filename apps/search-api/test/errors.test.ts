import { describe, expect, test } from 'vitest'
import { createApp } from '../src/app.js'
import { type SearchGateway, UpstreamError } from '../src/meilisearch-gateway.js'
import { createPlainAnalyzer } from '../src/search-analyzer.js'
import { createFakeGateway, createTestApp, problemOf } from './_fakes.js'

const P = 'https://projektbank.se/problems/'

describe('bad parameters are 400 problems naming the parameter', () => {
  test.each([
    ['/search?page=0', 'page'],
    ['/search?page=two', 'page'],
    ['/search?hitsPerPage=101', 'hitsPerPage'],
    ['/search?hitsPerPage=-1', 'hitsPerPage'],
    ['/search?page=0x10', 'page'],
    ['/search?page=1e1', 'page'],
    ['/search?hitsPerPage=%202', 'hitsPerPage'],
    ['/search?year=2e3', 'year'],
    ['/search?grantMin=0x10', 'grantMin'],
    ['/search?page=1&page=2', 'page'],
    ['/search?sort=relevance&sort=relevance', 'sort'],
    ['/search?facets=region&facets=county', 'facets'],
    ['/export?format=csv&format=ndjson', 'format'],
    ['/facets/region?q=a&q=b', 'q'],
    ['/search?sort=price', 'sort'],
    ['/search?fields=title,project', 'fields'],
    ['/search?facets=svTerms', 'facets'],
    ['/search?layout=F', 'layout'],
    ['/search?year=1800', 'year'],
    ['/search?year=2014.5', 'year'],
    ['/search?startFrom=2014-02-30', 'startFrom'],
    ['/search?startTo=yesterday', 'startTo'],
    ['/search?grantMin=-1', 'grantMin'],
    ['/search?grantMax=1e400', 'grantMax'],
    ['/search?budgetMin=abc', 'budgetMin'],
    ['/search?budgetMax=1.5', 'budgetMax'],
    ['/search?grantMin=10&grantMax=9', 'grantMin'],
    ['/search?startFrom=2015-01-01&startTo=2014-01-01', 'startFrom'],
    [`/search?q=${'a'.repeat(513)}`, 'q'],
    ['/search?q=a&q=b', 'q'],
    ['/export?format=xls', 'format'],
    ['/stats?groupBy=county&format=csv', 'format'],
    ['/stats?groupBy=title', 'groupBy'],
    ['/export?delimiter=%7C', 'delimiter'],
    [`/facets/municipality?q=${'u'.repeat(101)}`, 'q'],
    ['/facets/id', 'facet'],
    ['/facets/svTerms.title', 'facet'],
    ['/projects/..%2F..%2Fetc%2Fpasswd', 'id'],
    ['/projects/ABC', 'id'],
    ['/projects/%22%20OR%20id%20EXISTS', 'id'],
  ])('%s', async (path, name) => {
    const { app, calls } = createTestApp()
    const res = await app.request(path)
    expect(res.status).toBe(400)
    const problem = await problemOf(res)
    expect(problem).toMatchObject({
      type: `${P}invalid-parameter`,
      title: 'Invalid parameter',
      status: 400,
    })
    expect(problem.invalidParams?.map((p) => p.name)).toEqual([name])
    expect(problem.detail.startsWith(`${name}: `)).toBe(true)
    expect(problem.instance).toBe(new URL(path, 'http://x').pathname)
    expect(calls.federated.length + calls.facet.length + calls.single.length).toBe(0)
  })

  test('a repeated scalar parameter is named and the repetition is the reason', async () => {
    const { app } = createTestApp()
    const problem = await problemOf(await app.request('/search?q=a&hitsPerPage=5&q=b'))
    expect(problem.detail).toBe('q: given 2 times; give it once')
  })

  test('a number that is not plain decimal digits says what is expected', async () => {
    const { app } = createTestApp()
    const problem = await problemOf(await app.request('/search?page=0x10'))
    expect(problem.detail).toBe('page: must be a decimal integer (digits 0-9 only)')
  })

  test('q of exactly 512 characters is fine', async () => {
    const { app } = createTestApp()
    expect((await app.request(`/search?q=${'a'.repeat(512)}`)).status).toBe(200)
  })
})

test('unknown query parameters are 400 unknown-parameter listing each', async () => {
  const { app } = createTestApp()
  const res = await app.request('/search?q=x&limit=5&offset=3')
  expect(res.status).toBe(400)
  expect(await problemOf(res)).toEqual({
    type: `${P}unknown-parameter`,
    title: 'Unknown parameter',
    status: 400,
    detail: 'limit: unknown parameter; offset: unknown parameter',
    instance: '/search',
    invalidParams: [
      { name: 'limit', reason: 'unknown parameter' },
      { name: 'offset', reason: 'unknown parameter' },
    ],
  })
})

describe('invalid percent-encoding is a 400 naming the parameter, never searched literally', () => {
  test.each([
    ['/search?q=%FF', 'q'],
    ['/search?q=%C3%28', 'q'],
    ['/search?q=%zz', 'q'],
    ['/search?region=%E0%A4%A', 'region'],
    ['/search?q=unga&municipality=%C0%AF', 'municipality'],
    ['/export?owner=100%', 'owner'],
    ['/facets/region?region=%FF', 'region'],
    ['/search?%FF=x', '%FF'],
  ])('%s', async (path, name) => {
    const { app, calls } = createTestApp()
    const res = await app.request(path)
    expect(res.status).toBe(400)
    const problem = await problemOf(res)
    expect(problem.type).toBe(`${P}invalid-parameter`)
    expect(problem.invalidParams).toEqual([
      {
        name,
        reason: 'invalid percent-encoding (each % must start a valid UTF-8 escape such as %C3%A5)',
      },
    ])
    expect(calls.federated.length + calls.facet.length).toBe(0)
  })

  test('valid escapes, plus signs and empty values pass', async () => {
    const { app, calls } = createTestApp()
    const res = await app.request('/search?q=%C3%B6vre+norrland&region=%25&&fields=')
    expect(res.status).toBe(200)
    expect(calls.federated[0]?.queries[0]?.q).toBe('övre norrland')
  })
})

test('URLs over 8 kB are 414', async () => {
  const { app } = createTestApp()
  const res = await app.request(`/search?owner=${'a'.repeat(8200)}`)
  expect(res.status).toBe(414)
  expect((await problemOf(res)).title).toBe('URI too long')
})

test('unknown routes and unknown projects are 404 problems', async () => {
  const { app } = createTestApp()
  const route = await app.request('/nothing/here')
  expect(route.status).toBe(404)
  expect((await problemOf(route)).type).toBe(`${P}not-found`)
  const project = await app.request('/projects/does-not-exist')
  expect(project.status).toBe(404)
  expect((await problemOf(project)).detail).toBe('No project with id "does-not-exist"')
  const traversal = await app.request('/projects/../../etc/passwd')
  expect(traversal.status).toBe(404)
})

function appWith(gateway: Partial<SearchGateway>, config = {}) {
  const logged: Record<string, unknown>[] = []
  const app = createApp({
    search: { ...createFakeGateway().gateway, ...gateway },
    analyzer: createPlainAnalyzer(),
    config,
    log: (e) => logged.push(e),
  })
  return { app, logged }
}

const fail = (error: Error) => async () => {
  throw error
}

describe('upstream failures', () => {
  const paths = [
    '/search?q=x',
    '/export',
    '/stats?groupBy=county&q=x',
    '/facets/owner?q=a',
    '/projects/abc',
    '/ready',
  ]

  test.each(paths)('Meilisearch down → 503 with Retry-After: %s', async (path) => {
    const down = fail(new UpstreamError('unavailable', 'refused'))
    const { app } = appWith({
      federatedSearch: down,
      facetSearch: down,
      search: down,
      fetchDocuments: down,
      health: down,
    })
    const res = await app.request(path)
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('5')
    expect(await problemOf(res)).toMatchObject({
      type: `${P}upstream-unavailable`,
      detail: 'Meilisearch is not reachable',
    })
  })

  test.each(paths)(
    'Meilisearch slow → 504 with Retry-After after upstreamTimeoutMs: %s',
    async (path) => {
      // A gateway that never answers until the app's signal fires, like a hung server.
      const hang = (_r: unknown, signal: AbortSignal) =>
        new Promise<never>((_, reject) =>
          signal.addEventListener('abort', () => reject(new UpstreamError('timeout', 'slow'))),
        )
      const { app } = appWith(
        {
          federatedSearch: hang,
          facetSearch: hang,
          search: hang,
          fetchDocuments: hang,
          health: (s) => hang(null, s),
        },
        { upstreamTimeoutMs: 50, heavyTimeoutMs: 80, retryAfterSeconds: 2 },
      )
      const res = await app.request(path)
      expect(res.status).toBe(504)
      expect(res.headers.get('retry-after')).toBe('2')
      const limit = path.startsWith('/export') || path.startsWith('/stats') ? 80 : 50
      expect(await problemOf(res)).toMatchObject({
        type: `${P}upstream-timeout`,
        detail: `Meilisearch did not answer within ${limit} ms`,
      })
    },
  )

  test('exports and statistics get heavyTimeoutMs; a page of results does not', async () => {
    // Meilisearch answers every request after 150 ms: too slow for a page (100 ms), in time for
    // the heavy requests that read every match (1 000 ms).
    const fake = createFakeGateway().gateway
    // Like the real gateway, it gives up when the app's signal fires.
    const slowly: SearchGateway['federatedSearch'] = (request, signal, options) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => resolve(fake.federatedSearch(request, signal, options)), 150)
        signal.addEventListener('abort', () => {
          clearTimeout(timer)
          reject(new UpstreamError('timeout', 'slow'))
        })
      })
    const { app } = appWith(
      { federatedSearch: slowly },
      { upstreamTimeoutMs: 100, heavyTimeoutMs: 1_000 },
    )
    expect((await app.request('/search?q=x')).status).toBe(504)
    const exported = await app.request('/export?q=x')
    expect(exported.status).toBe(200)
    expect(await exported.text()).toContain('Socialfonden i de regionala kompetensplattformarna')
    const stats = await app.request('/stats?groupBy=county&q=x')
    expect(stats.status).toBe(200)
    expect((await stats.json()).totals.count).toBe(1)
  })

  test('missing index → 503 index-missing', async () => {
    const { app } = appWith({
      search: fail(new UpstreamError('index-missing', 'Index `projects` not found.')),
    })
    const res = await app.request('/ready')
    expect(res.status).toBe(503)
    expect((await problemOf(res)).type).toBe(`${P}index-missing`)
  })

  test('an unexpected error is a 500 without a stack trace, and is logged', async () => {
    const { app, logged } = appWith({
      federatedSearch: fail(new Error('secret at /srv/app.js:12')),
    })
    const res = await app.request('/search')
    expect(res.status).toBe(500)
    const body = await res.text()
    expect(body).not.toContain('secret')
    expect(body).not.toContain('.js')
    expect(JSON.parse(body)).toMatchObject({ type: `${P}internal`, status: 500 })
    expect(logged[0]).toMatchObject({
      level: 'error',
      path: '/search',
      error: 'Error: secret at /srv/app.js:12',
    })
  })

  test('a request Meilisearch rejects is our bug: 500, logged', async () => {
    const { app, logged } = appWith({
      federatedSearch: fail(new UpstreamError('rejected', 'invalid_search_filter: …')),
    })
    expect((await app.request('/search')).status).toBe(500)
    expect(logged).toHaveLength(1)
  })
})

describe('headers', () => {
  test('secure headers on every response', async () => {
    const { app } = createTestApp()
    const res = await app.request('/health')
    expect(await res.json()).toEqual({ status: 'ok' })
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    )
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })

  test('CORS answers configured origins only', async () => {
    const { app } = createTestApp({ corsOrigins: ['https://a.example'] })
    const ok = await app.request('/health', { headers: { origin: 'https://a.example' } })
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://a.example')
    const other = await app.request('/health', { headers: { origin: 'https://evil.example' } })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await app.request('/search', {
      method: 'OPTIONS',
      headers: { origin: 'https://a.example', 'access-control-request-method': 'GET' },
    })
    expect(preflight.status).toBe(204)
  })

  test('/ready is 200 when Meilisearch and the index answer', async () => {
    const { app, calls } = createTestApp()
    const res = await app.request('/ready')
    expect(res.status).toBe(200)
    expect(calls.health).toBe(1)
    expect(calls.single).toEqual([{ q: '', limit: 0 }])
  })
})
