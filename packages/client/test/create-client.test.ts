import { describe, expect, test } from 'vitest'
import { createClient, type FetchLike } from '../src/create-client.js'
import { ProblemError } from '../src/problem-error.js'

interface Sent {
  url: string
  headers: Record<string, string>
  signal: AbortSignal | undefined
}

/** A fetch that records each request and answers with `answer`. */
function recordingFetch(answer: () => Response = () => Response.json({ status: 'ok' })) {
  const sent: Sent[] = []
  const fetch: FetchLike = (url, init) => {
    const headers: Record<string, string> = {}
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value
    })
    sent.push({ url, headers, signal: init.signal ?? undefined })
    return answer()
  }
  return { fetch, sent }
}

const problemJson = (status: number, body: object, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  })

describe('createClient', () => {
  test('each method asks its route with its parameters', async () => {
    const { fetch, sent } = recordingFetch()
    const api = createClient('https://example.org/projektbank/', { fetch })
    await api.search({ q: 'unga', region: ['Övre Norrland', 'Sydsverige'], hitsPerPage: 0 })
    await api.search()
    await api.project('a-0399e62443b58d13')
    await api.project('../health')
    await api.facet('municipality', { q: 'um', query: 'unga' })
    await api.completions('unga arbetsf', { limit: 5 })
    await api.completions('Örebro län')
    await api.stats({ groupBy: 'county', sort: 'count' })
    await api.statsWorkbook({ groupBy: 'region' })
    await api.export({ format: 'ndjson', year: [2014, 2015] })
    await api.health()
    await api.ready()
    expect(sent.map((s) => s.url.replace('https://example.org/projektbank', ''))).toEqual([
      '/search?q=unga&region=%C3%96vre%20Norrland&region=Sydsverige&hitsPerPage=0',
      '/search',
      '/projects/a-0399e62443b58d13',
      '/projects/..%2Fhealth',
      '/facets/municipality?q=um&query=unga',
      '/completions?q=unga%20arbetsf&limit=5',
      '/completions?q=%C3%96rebro%20l%C3%A4n',
      '/stats?groupBy=county&sort=count',
      '/stats?groupBy=region&format=xlsx',
      '/export?format=ndjson&year=2014&year=2015',
      '/health',
      '/ready',
    ])
    expect(sent.map((s) => s.headers.accept)).toEqual([
      ...Array(8).fill('application/json'),
      '*/*',
      '*/*',
      'application/json',
      'application/json',
    ])
  })

  test('JSON answers come back as sent; files come back as the response', async () => {
    const body = { facet: 'region', q: '', values: [{ value: 'Sydsverige', count: 2 }] }
    const { fetch } = recordingFetch(() => Response.json({ ...body, processingTimeMs: 1 }))
    const api = createClient('http://api.test', { fetch })
    expect(await api.facet('region')).toEqual({ ...body, processingTimeMs: 1 })

    const csv = createClient('http://api.test', {
      fetch: () =>
        new Response('\uFEFFid,title\r\n', {
          headers: { 'content-type': 'text/csv; charset=utf-8', 'x-total-hits': '0' },
        }),
    })
    const file = await csv.export({ format: 'csv' })
    expect(file.headers.get('x-total-hits')).toBe('0')
    // The bytes as sent, BOM included (`text()` would decode it away, as the Fetch standard says).
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer())).toBe(
      '\uFEFFid,title\r\n',
    )
  })

  test("headers: the client's, then the call's on top; a caller's accept wins", async () => {
    const { fetch, sent } = recordingFetch()
    const api = createClient('http://api.test', {
      fetch,
      headers: { authorization: 'Bearer k', 'x-app': 'panel' },
    })
    await api.health({ headers: { 'x-app': 'report', accept: 'application/json' } })
    await api.export({}, { headers: { accept: 'text/csv' } })
    expect(sent.map((s) => s.headers)).toEqual([
      { authorization: 'Bearer k', 'x-app': 'report', accept: 'application/json' },
      { authorization: 'Bearer k', 'x-app': 'panel', accept: 'text/csv' },
    ])
  })

  test("the client's and the call's signals both abort a request", async () => {
    const { fetch, sent } = recordingFetch()
    const forClient = new AbortController()
    const forCall = new AbortController()
    const api = createClient('http://api.test', { fetch, signal: forClient.signal })
    await api.health()
    await api.health({ signal: forCall.signal })
    expect(sent[0]?.signal).toBe(forClient.signal)
    const both = sent[1]?.signal
    expect(both?.aborted).toBe(false)
    forCall.abort(new Error('navigated away'))
    expect(both?.aborted).toBe(true)
    const { fetch: bare, sent: bareSent } = recordingFetch()
    await createClient('http://api.test', { fetch: bare }).health()
    expect(bareSent[0]?.signal).toBeUndefined()
  })

  test('a problem+json answer rejects with a ProblemError carrying its fields', async () => {
    const body = {
      type: 'https://projektbank.se/problems/invalid-parameter',
      title: 'Invalid parameter',
      status: 400,
      detail: 'hitsPerPage: must be at most 100',
      instance: '/search',
      invalidParams: [{ name: 'hitsPerPage', reason: 'must be at most 100' }],
    }
    const api = createClient('http://api.test', { fetch: () => problemJson(400, body) })
    const error = await api.search({ hitsPerPage: 500 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProblemError)
    expect(error).toBeInstanceOf(Error)
    expect({ ...(error as ProblemError) }).toEqual({
      ...body,
      name: 'ProblemError',
      code: 'invalid-parameter',
      retryAfterSeconds: undefined,
    })
    expect((error as ProblemError).message).toBe(
      '400 Invalid parameter: hitsPerPage: must be at most 100',
    )
  })

  test('Retry-After of a 503 is kept in seconds', async () => {
    const body = {
      type: 'https://projektbank.se/problems/upstream-unavailable',
      title: 'Search engine unavailable',
      status: 503,
      detail: 'Meilisearch is not reachable',
      instance: '/ready',
    }
    const api = createClient('http://api.test', {
      fetch: () => problemJson(503, body, { 'retry-after': '2' }),
    })
    const error = (await api.ready().catch((e: unknown) => e)) as ProblemError
    expect([error.code, error.status, error.retryAfterSeconds]).toEqual([
      'upstream-unavailable',
      503,
      2,
    ])
    expect(error.invalidParams).toBeUndefined()
  })

  test('an answer without a problem body still rejects, with its status and text', async () => {
    const api = createClient('http://api.test', {
      fetch: () =>
        new Response('<html><h1>502 Bad Gateway</h1></html>\n', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'content-type': 'text/html' },
        }),
    })
    const error = (await api.project('x').catch((e: unknown) => e)) as ProblemError
    expect({ ...error }).toEqual({
      name: 'ProblemError',
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      detail: '<html><h1>502 Bad Gateway</h1></html>',
      instance: '/projects/x',
      code: undefined,
      retryAfterSeconds: undefined,
    })
    const empty = createClient('http://api.test', {
      fetch: () => new Response(null, { status: 500 }),
    })
    const bare = (await empty.health().catch((e: unknown) => e)) as ProblemError
    expect([bare.title, bare.detail]).toEqual(['HTTP 500', 'The API answered 500'])
  })

  test('a JSON error body that is not a problem is kept as text', async () => {
    const api = createClient('http://api.test', {
      fetch: () => Response.json({ message: 'no' }, { status: 401, statusText: 'Unauthorized' }),
    })
    const error = (await api.health().catch((e: unknown) => e)) as ProblemError
    expect([error.type, error.title, error.detail]).toEqual([
      'about:blank',
      'Unauthorized',
      '{"message":"no"}',
    ])
  })

  test("fetch's own failure is passed on as it is", async () => {
    const refused = new TypeError('fetch failed')
    const api = createClient('http://api.test', { fetch: () => Promise.reject(refused) })
    await expect(api.search({ q: 'unga' })).rejects.toBe(refused)
  })
})
