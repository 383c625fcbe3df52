/**
 * Hostile requests against the real API over a real, seeded Meilisearch: every one is either
 * a 4xx problem (with the status written in the table) or a 200 equal to what the benign
 * request it stands for returns; none is a 5xx or hangs. Then a property: a hostile value in
 * one facet never widens what another facet selected.
 */
import { request } from 'node:http'
import { connect } from 'node:net'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RawResponse, rawGet } from './_http.js'
import {
  type SeededMeilisearch,
  type ServedApi,
  serveApi,
  startSeededMeilisearch,
} from './_seeded.js'
import { type SlowProxy, startSlowProxy } from './_slow-proxy.js'
import { createStats } from './_stats.js'

const stats = createStats('api-hostile')

/** Values meant to break out of a quoted filter string or to be read as filter syntax. */
const INJECTIONS = [
  'x" OR region != "y',
  'x" OR 1=1 --',
  '"',
  '\\',
  '\\"',
  '"\\',
  'Övre Norrland\\',
  'Övre Norrland" OR "',
  '"] OR region IN ["Övre Norrland',
  '") OR (region EXISTS',
  '1 TO 9999999',
  'TO',
  '!=',
  'region != x',
  'NOT region = x',
  'NOT',
  '(',
  ')',
  'region EXISTS',
  'IS NOT EMPTY',
  '_geoRadius(0, 0, 1)',
  "' OR ''='",
  'a\nregion = "b"',
  'a\u0000b',
  '\u202EdnalrroN ervÖ\u202C',
] as const

/** What a case must get. */
type Expect =
  | { problem: 400 | 404 | 414; code?: string }
  /** 200 with nothing: no hits, no facet values, an empty export. */
  | { empty: true }
  /** 200 equal (as data, see {@link summarise}) to this benign request. */
  | { sameAs: string }

const enc = encodeURIComponent
const long = (n: number) => 'x'.repeat(n)

const CASES: [target: string, expect: Expect][] = [
  // Filter injection: quoted and escaped, the values match nothing.
  ...INJECTIONS.flatMap((v): [string, Expect][] => [
    [`/search?region=${enc(v)}`, { empty: true }],
    [`/search?municipality=${enc(v)}`, { empty: true }],
    [`/search?owner=${enc(v)}&q=projekt`, { empty: true }],
    [`/facets/county?targetGroup=${enc(v)}`, { empty: true }],
  ]),
  ...INJECTIONS.slice(0, 8).map((v): [string, Expect] => [
    `/export?format=ndjson&programArea=${enc(v)}`,
    { empty: true },
  ]),
  // Filter syntax where a number or a date is expected.
  ['/search?year=2014%20OR%20year%20%3D%202011', { problem: 400 }],
  ['/search?year=2014)%20OR%20(year%20EXISTS', { problem: 400 }],
  ['/search?grantMin=0%20OR%20esfGrant%20%3C%200', { problem: 400 }],
  ['/search?startFrom=2014-01-01%22%20OR%20%22', { problem: 400 }],
  ['/search?startFrom=2014-13-45', { problem: 400 }],
  ['/search?budgetMax=1%20TO%209', { problem: 400 }],
  // Malformed and out-of-range numbers.
  ['/search?page=0', { problem: 400 }],
  ['/search?page=-1', { problem: 400 }],
  ['/search?page=1001', { problem: 400 }],
  ['/search?page=99999999999999999999', { problem: 400 }],
  ['/search?page=1.5', { problem: 400 }],
  ['/search?page=NaN', { problem: 400 }],
  ['/search?page=Infinity', { problem: 400 }],
  ['/search?page=abc', { problem: 400 }],
  ['/search?hitsPerPage=00x', { problem: 400 }],
  ['/search?hitsPerPage=-20', { problem: 400 }],
  ['/search?hitsPerPage=101', { problem: 400 }],
  ['/search?hitsPerPage=1000000000', { problem: 400 }],
  ['/search?hitsPerPage=', { problem: 400 }],
  ['/search?year=abc', { problem: 400 }],
  ['/search?year=1e400', { problem: 400 }],
  ['/search?grantMin=-1', { problem: 400 }],
  ['/search?grantMin=1e309', { problem: 400 }],
  ['/search?grantMax=9007199254740993', { problem: 400 }],
  ['/search?budgetMin=0x', { problem: 400 }],
  ['/search?grantMin=10&grantMax=1', { problem: 400 }],
  // Numbers are decimal digits only: what `Number()` would also read is refused.
  ['/search?page=0x10', { problem: 400, code: 'invalid-parameter' }],
  ['/search?page=1e1', { problem: 400, code: 'invalid-parameter' }],
  ['/search?page=0b10', { problem: 400 }],
  ['/search?page=0o7', { problem: 400 }],
  ['/search?page=%2B2', { problem: 400 }],
  ['/search?page=2.', { problem: 400 }],
  ['/search?page=%EF%BC%92', { problem: 400 }],
  ['/search?hitsPerPage=%202', { problem: 400 }],
  ['/search?hitsPerPage=2%20', { problem: 400 }],
  ['/search?year=0x7DE', { problem: 400 }],
  ['/search?grantMin=1e3', { problem: 400 }],
  ['/search?budgetMax=1_000', { problem: 400 }],
  ['/search?page=016', { sameAs: '/search?page=16' }],
  // Oversized query and request target.
  [`/search?q=${long(513)}`, { problem: 400 }],
  [`/search?q=${long(512)}`, { empty: true }],
  [`/facets/region?q=${long(101)}`, { problem: 400 }],
  [`/search?q=${long(8_200)}`, { problem: 414 }],
  [`/search?region=${'%22'.repeat(3_000)}`, { problem: 414 }],
  [`/export?owner=${long(9_000)}`, { problem: 414 }],
  [`/projects/${long(9_000)}`, { problem: 414 }],
  // Past Node's 16 kB header limit the app never sees the request: still a 414 problem.
  [`/facets/region?region=${long(20_000)}`, { problem: 414, code: 'uri-too-long' }],
  [`/search?q=${long(70_000)}`, { problem: 414, code: 'uri-too-long' }],
  [`/projects/${long(17_000)}`, { problem: 414, code: 'uri-too-long' }],
  // Unknown parameters and facets.
  ['/search?foo=bar', { problem: 400, code: 'unknown-parameter' }],
  ['/search?__proto__=x', { problem: 400, code: 'unknown-parameter' }],
  ['/search?constructor=x', { problem: 400, code: 'unknown-parameter' }],
  ['/search?filter=region%20EXISTS', { problem: 400, code: 'unknown-parameter' }],
  ['/export?limit=1000000', { problem: 400, code: 'unknown-parameter' }],
  ['/facets/region?page=2', { problem: 400, code: 'unknown-parameter' }],
  ['/facets/unknown', { problem: 400 }],
  ['/facets/__proto__', { problem: 400 }],
  ['/facets/id', { problem: 400 }],
  ['/facets/region%20OR%20county', { problem: 400 }],
  ['/search?facets=region,__proto__', { problem: 400 }],
  ['/search?fields=password', { problem: 400 }],
  // Invalid percent-encoding and invalid UTF-8: a 400 naming the parameter, never searched.
  ['/search?q=%FF', { problem: 400, code: 'invalid-parameter' }],
  ['/search?q=%C3%28', { problem: 400, code: 'invalid-parameter' }],
  ['/search?q=%zz', { problem: 400, code: 'invalid-parameter' }],
  ['/search?q=100%', { problem: 400, code: 'invalid-parameter' }],
  ['/search?region=%FF', { problem: 400 }],
  ['/search?region=%C3%28', { problem: 400 }],
  ['/search?municipality=%C0%AF', { problem: 400 }],
  ['/search?owner=%E0%A4%A', { problem: 400 }],
  ['/search?%FF=1', { problem: 400 }],
  ['/export?format=ndjson&region=%FF', { problem: 400 }],
  ['/facets/region?region=%FF', { problem: 400 }],
  ['/facets/region?q=%ED%A0%80', { problem: 400 }],
  ['/search?q=%25FF', { sameAs: `/search?q=${enc('%FF')}` }],
  ['/projects/%FF', { problem: 400 }],
  ['/projects/%C3%28', { problem: 400 }],
  ['/facets/%FF', { problem: 400 }],
  // Repeated scalar parameters.
  ['/search?q=a&q=b', { problem: 400, code: 'invalid-parameter' }],
  ['/search?page=1&page=2', { problem: 400, code: 'invalid-parameter' }],
  ['/search?hitsPerPage=5&hitsPerPage=5', { problem: 400, code: 'invalid-parameter' }],
  ['/search?sort=relevance&sort=relevance', { problem: 400, code: 'invalid-parameter' }],
  ['/search?grantMin=1&grantMin=2', { problem: 400, code: 'invalid-parameter' }],
  ['/search?facets=region&facets=year', { problem: 400, code: 'invalid-parameter' }],
  ['/search?fields=goals&fields=goals', { problem: 400, code: 'invalid-parameter' }],
  ['/search?startFrom=2014-01-01&startFrom=2014-01-01', { problem: 400 }],
  ['/export?format=csv&format=ndjson', { problem: 400, code: 'invalid-parameter' }],
  ['/export?delimiter=%3B&delimiter=%3B', { problem: 400, code: 'invalid-parameter' }],
  ['/facets/region?q=a&q=b', { problem: 400, code: 'invalid-parameter' }],
  ['/facets/region?query=a&query=b', { problem: 400, code: 'invalid-parameter' }],
  // Path traversal and encoded NULs in /projects/:id.
  ['/projects/..%2F..%2Fetc%2Fpasswd', { problem: 400 }],
  ['/projects/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', { problem: 400 }],
  ['/projects/..%5C..%5Cwindows', { problem: 400 }],
  ['/projects/../../etc/passwd', { problem: 404 }],
  ['/projects/a%00b', { problem: 400 }],
  ['/projects/%00', { problem: 400 }],
  ['/projects/a-321778d0b62b1142%00', { problem: 400 }],
  ['/projects/a-321778d0b62b1142%22%20OR%20id%20EXISTS', { problem: 400 }],
  ['/projects/no-such-project', { problem: 404, code: 'not-found' }],
  // Dot segments are never resolved into another route.
  ['/projects/%2e%2e', { problem: 404, code: 'not-found' }],
  ['/projects/%2E%2E/search?q=unga', { problem: 404, code: 'not-found' }],
  ['/projects/.%2e/ready', { problem: 404, code: 'not-found' }],
  ['/projects/..', { problem: 404, code: 'not-found' }],
  ['/facets/%2e%2e/search', { problem: 404, code: 'not-found' }],
  ['/search/%2e%2e/export', { problem: 404, code: 'not-found' }],
  ['/./search', { problem: 404, code: 'not-found' }],
  // Sort and export format.
  ['/search?sort=x', { problem: 400 }],
  ['/search?sort=esfGrant', { problem: 400 }],
  ['/search?sort=title:desc', { problem: 400 }],
  ['/search?sort=esfGrant:desc,title:asc', { problem: 400 }],
  ['/search?sort=', { problem: 400 }],
  ['/export?sort=_geoPoint(0,0):asc', { problem: 400 }],
  ['/export?format=xml', { problem: 400 }],
  ['/export?format=CSV', { problem: 400 }],
  ['/export?format=', { problem: 400 }],
  ['/export?format=csv&delimiter=%7C', { problem: 400 }],
  ['/export?format=..%2F..%2Fetc%2Fpasswd', { problem: 400 }],
  ['/export?format=XLSX', { problem: 400 }],
  ['/export?format=xlsx&format=csv', { problem: 400 }],
  // Statistics: the same filters, a facet to group by, an order and a format.
  ...INJECTIONS.slice(0, 12).flatMap((v): [string, Expect][] => [
    [`/stats?groupBy=county&region=${enc(v)}`, { empty: true }],
    [`/stats?groupBy=${enc(v)}`, { problem: 400 }],
  ]),
  ['/stats', { problem: 400 }],
  ['/stats?groupBy=', { problem: 400 }],
  ['/stats?groupBy=__proto__', { problem: 400 }],
  ['/stats?groupBy=id', { problem: 400 }],
  ['/stats?groupBy=esfGrant', { problem: 400 }],
  ['/stats?groupBy=County', { problem: 400 }],
  ['/stats?groupBy=county&groupBy=year', { problem: 400 }],
  ['/stats?groupBy=county&sort=relevance', { problem: 400 }],
  ['/stats?groupBy=county&sort=esfGrant&sort=count', { problem: 400 }],
  ['/stats?groupBy=county&format=csv', { problem: 400 }],
  ['/stats?groupBy=county&format=..%2F..%2Fetc%2Fpasswd', { problem: 400 }],
  ['/stats?groupBy=county&page=2', { problem: 400, code: 'unknown-parameter' }],
  ['/stats?groupBy=county&limit=1000000', { problem: 400, code: 'unknown-parameter' }],
  ['/stats?groupBy=county&grantMin=10&grantMax=1', { problem: 400 }],
  ['/stats?groupBy=county&year=2014%20OR%20year%20%3D%202011', { problem: 400 }],
  ['/stats?groupBy=county&grantMin=0%20OR%20esfGrant%20%3C%200', { problem: 400 }],
  ['/stats?groupBy=county&region=%FF', { problem: 400, code: 'invalid-parameter' }],
  ['/stats?groupBy=municipality&owner=%E0%A4%A', { problem: 400, code: 'invalid-parameter' }],
  [`/stats?groupBy=owner&q=${long(512)}`, { empty: true }],
  [`/stats?groupBy=owner&q=${long(513)}`, { problem: 400 }],
  [`/stats?groupBy=county&owner=${long(9_000)}`, { problem: 414 }],
  ['/stats?groupBy=year&q=%FF', { problem: 400, code: 'invalid-parameter' }],
  ['/stats?groupBy=region&sort=count&q=', { sameAs: '/stats?groupBy=region&sort=count' }],
]

/** The part of a 200 a benign request is compared on. */
function summarise(target: string, res: RawResponse): unknown {
  if (target.startsWith('/search')) {
    const body = JSON.parse(res.body) as { totalHits: number; hits: { id: string }[] }
    return { totalHits: body.totalHits, ids: body.hits.map((h) => h.id) }
  }
  if (target.startsWith('/facets/')) return (JSON.parse(res.body) as { values: unknown }).values
  if (target.startsWith('/export')) return { total: res.headers['x-total-hits'], body: res.body }
  if (target.startsWith('/stats')) {
    const body = JSON.parse(res.body) as { totals: unknown; groups: unknown }
    return { totals: body.totals, groups: body.groups }
  }
  return res.body
}

const EMPTY: Record<string, unknown> = {
  search: { totalHits: 0, ids: [] },
  facets: [],
  export: { total: '0', body: '' },
  stats: { totals: { count: 0, esfGrant: 0, totalBudget: 0 }, groups: [] },
}

let seeded: SeededMeilisearch
let api: ServedApi

async function get(target: string): Promise<RawResponse> {
  stats.requests++
  try {
    const res = await rawGet(api.url, target)
    if (res.status >= 500) stats.errors.push(`${res.status} GET ${target.slice(0, 200)}`)
    return res
  } catch (error) {
    stats.errors.push(`${String(error)}`)
    throw error
  }
}

beforeAll(async () => {
  seeded = await startSeededMeilisearch()
  api = await serveApi({ meiliUrl: seeded.meili.url, searchKey: seeded.searchKey })
})

afterAll(async () => {
  await api?.close()
  await seeded?.stop()
  stats.flush()
})

describe('hostile requests', () => {
  it('has at least 100 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100)
  })

  const named = CASES.map(([target, expected]) => ({
    name: target.length > 100 ? `${target.slice(0, 90)}… (${target.length} chars)` : target,
    target,
    expected,
  }))
  it.each(named)('GET $name', async ({ target, expected }) => {
    stats.cases++
    const res = await get(target)
    if ('problem' in expected) {
      expect(res.status).toBe(expected.problem)
      expect(res.headers['content-type']).toBe('application/problem+json')
      const problem = JSON.parse(res.body) as { status: number; type: string }
      expect(problem.status).toBe(expected.problem)
      if (expected.code) expect(problem.type).toMatch(new RegExp(`/${expected.code}$`))
      return
    }
    expect(res.status).toBe(200)
    if ('empty' in expected) {
      const route = new URL(target, 'http://x').pathname.split('/')[1] ?? ''
      expect(summarise(target, res)).toEqual(EMPTY[route])
      return
    }
    const benign = await get(expected.sameAs)
    expect(benign.status).toBe(200)
    expect(summarise(target, res)).toEqual(summarise(expected.sameAs, benign))
  })

  it('finds the seeds without hostile values (the empty answers above are not vacuous)', async () => {
    const res = await get('/search?region=%C3%96vre%20Norrland')
    expect(res.status).toBe(200)
    expect((JSON.parse(res.body) as { totalHits: number }).totalHits).toBe(3)
  })
})

/** Facet parameters whose value is a string, with a value the seeds have. */
const REAL_VALUES = {
  region: 'Övre Norrland',
  county: 'Västerbottens län',
  municipality: 'Umeå',
  phase: 'Genomförande',
  fund: 'ESF',
  targetGroup: 'unga',
} as const
type StringFacet = keyof typeof REAL_VALUES

const hostileValue = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.string({ minLength: 1, maxLength: 40 }),
  fc
    .tuple(fc.constantFrom(...Object.values(REAL_VALUES)), fc.constantFrom(...INJECTIONS))
    .map(([real, injection]) => real + injection),
)

async function hitIds(target: string): Promise<string[]> {
  const res = await get(target)
  expect(res.status).toBe(200)
  return (JSON.parse(res.body) as { hits: { id: string }[] }).hits.map((h) => h.id)
}

describe('a hostile value in one facet never widens another', () => {
  it('hits with the hostile value ⊆ hits without it', async () => {
    const facets = Object.keys(REAL_VALUES) as StringFacet[]
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...facets),
        fc.constantFrom(...facets),
        hostileValue,
        async (selected, other, hostile) => {
          stats.cases++
          const base = `/search?hitsPerPage=100&${selected}=${enc(REAL_VALUES[selected])}`
          const without = await hitIds(base)
          expect(without.length).toBeGreaterThan(0)
          const res = await get(`${base}&${other}=${enc(hostile)}`)
          expect(res.status).toBe(200)
          const withIt = (JSON.parse(res.body) as { hits: { id: string }[] }).hits.map((h) => h.id)
          expect(without).toEqual(expect.arrayContaining(withIt))
        },
      ),
      { numRuns: 40, seed: 6 },
    )
  })
})

/** A request with any method and headers, answered in full (or failing the test on a hang). */
function rawRequest(
  base: string,
  target: string,
  method: string,
  headers: Record<string, string>,
): Promise<RawResponse> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: target, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      )
      res.on('error', reject)
    })
    req.setTimeout(20_000, () => req.destroy(new Error(`no answer: ${method} ${target}`)))
    req.on('error', reject)
    req.end()
  })
}

describe('hostile headers and load', () => {
  const ORIGIN = 'https://a.example'
  const DELAY_MS = 800
  let proxy: SlowProxy
  let tight: ServedApi

  beforeAll(async () => {
    // Every Meilisearch answer takes 800 ms: a burst is certain to find the gate full.
    proxy = await startSlowProxy({ upstream: seeded.meili.url, delayMs: DELAY_MS })
    tight = await serveApi({
      meiliUrl: proxy.url,
      searchKey: seeded.searchKey,
      config: {
        corsOrigins: [ORIGIN],
        searchConcurrency: 2,
        searchQueue: 2,
        queueTimeoutMs: 30_000,
        exportConcurrency: 1,
        exportQueue: 0,
        retryAfterSeconds: 4,
      },
      limits: { headersTimeoutMs: 500, requestTimeoutMs: 1_000 },
    })
  })

  afterAll(async () => {
    await tight?.close()
    await proxy?.close()
  })

  const send = async (target: string, method: string, headers: Record<string, string> = {}) => {
    stats.cases++
    stats.requests++
    return rawRequest(tight.url, target, method, headers)
  }

  it('a preflight asking for writes and extra headers is told GET, HEAD and If-None-Match', async () => {
    for (const asked of ['PUT', 'DELETE', 'POST', 'PATCH']) {
      const res = await send('/search', 'OPTIONS', {
        origin: ORIGIN,
        'access-control-request-method': asked,
        'access-control-request-headers': 'x-evil, authorization, content-type',
      })
      expect(res.headers['access-control-allow-methods']).toBe('GET,HEAD')
      expect(res.headers['access-control-allow-headers']).toBe('If-None-Match')
    }
    const stranger = await send('/search', 'OPTIONS', {
      origin: 'https://evil.example',
      'access-control-request-method': 'GET',
    })
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('writes to a read-only API are 404 problems', async () => {
    for (const [method, target] of [
      ['PUT', '/search'],
      ['DELETE', '/projects/a-0399e62443b58d13'],
      ['POST', '/export'],
      ['PATCH', '/facets/region'],
    ] as const) {
      const res = await send(target, method, { origin: ORIGIN })
      expect({ method, status: res.status }).toEqual({ method, status: 404 })
      expect(res.headers['content-type']).toBe('application/problem+json')
    }
  })

  it('no HSTS over plain HTTP, whatever X-Forwarded-Proto claims; /docs allows no inline code but its own', async () => {
    const plain = await send('/health', 'GET', { 'x-forwarded-proto': 'https' })
    expect(plain.status).toBe(200)
    expect(plain.headers['strict-transport-security']).toBeUndefined()
    const docs = await send('/docs', 'GET')
    const csp = String(docs.headers['content-security-policy'])
    expect(csp).not.toContain('unsafe')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/)
  })

  it('a burst past cap + queue: the excess gets 503 overloaded before any admitted search is done', async () => {
    const finished: { status: number; retryAfter: unknown; type: string }[] = []
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        send(`/search?q=projekt&page=${(i % 3) + 1}`, 'GET').then((res) => {
          const type = res.status === 200 ? '' : (JSON.parse(res.body) as { type: string }).type
          finished.push({ status: res.status, retryAfter: res.headers['retry-after'], type })
        }),
      ),
    )
    // Two at Meilisearch, two queued; the other eight are answered first, at once.
    expect(finished.map((f) => f.status)).toEqual([...Array(8).fill(503), ...Array(4).fill(200)])
    for (const refused of finished.slice(0, 8)) {
      expect(refused).toEqual({
        status: 503,
        retryAfter: '4',
        type: 'https://projektbank.se/problems/overloaded',
      })
    }
    // Below the cap nothing changes: one search alone is a 200.
    expect((await send('/search?q=projekt', 'GET')).status).toBe(200)
  })

  it('a second export while one streams is a 503 overloaded', async () => {
    const [first, second] = await Promise.all([
      send('/export?format=ndjson', 'GET'),
      new Promise<RawResponse>((resolve, reject) =>
        setTimeout(() => send('/export?format=ndjson', 'GET').then(resolve, reject), DELAY_MS / 4),
      ),
    ])
    expect(second.status).toBe(503)
    expect(first.status).toBe(200)
    expect(first.body.trimEnd().split('\n')).toHaveLength(5)
  })

  it('a client that never finishes its headers gets 408 and is disconnected', async () => {
    stats.cases++
    const { port } = new URL(tight.url)
    const socket = connect(Number(port), '127.0.0.1')
    let received = ''
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1')
    })
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()))
    socket.write('GET /search?q=x HTTP/1.1\r\nHost: x\r\nX-Slow: ')
    await new Promise<void>((resolve) => socket.once('close', () => resolve()))
    expect(received).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/)
  })
})
