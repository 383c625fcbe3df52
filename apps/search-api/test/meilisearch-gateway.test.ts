import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  createMeilisearchGateway,
  type FederatedSearchRequest,
  UpstreamError,
} from '../src/meilisearch-gateway.js'

async function headersSentTo(url: string): Promise<unknown> {
  let headers: unknown
  const gateway = createMeilisearchGateway({
    url,
    fetch: async (_input, init) => {
      headers = init?.headers
      return Response.json({ hits: [], processingTimeMs: 1, estimatedTotalHits: 0 })
    },
  })
  await gateway.federatedSearch(
    { federation: { limit: 1, offset: 0 }, queries: [] },
    new AbortController().signal,
  )
  return headers
}

test('uncompressed answers from a Meilisearch on this machine, compression across a network', async () => {
  for (const url of ['http://127.0.0.1:7700', 'http://localhost:7700/', 'http://[::1]:7700']) {
    expect(await headersSentTo(url)).toEqual({
      'content-type': 'application/json',
      'accept-encoding': 'identity',
    })
  }
  expect(await headersSentTo('https://ms-example.meilisearch.io')).toEqual({
    'content-type': 'application/json',
  })
})

test('the gateway sends the search key to the multi-search route', async () => {
  const sent: { url: string; headers: unknown }[] = []
  const gateway = createMeilisearchGateway({
    url: 'http://127.0.0.1:7700/',
    apiKey: 'search-key',
    fetch: async (input, init) => {
      sent.push({ url: String(input), headers: init?.headers })
      return Response.json({ hits: [], processingTimeMs: 1, estimatedTotalHits: 0 })
    },
  })
  await gateway.federatedSearch(
    { federation: { limit: 1, offset: 0 }, queries: [] },
    new AbortController().signal,
  )
  expect(sent).toEqual([
    {
      url: 'http://127.0.0.1:7700/multi-search',
      headers: {
        'content-type': 'application/json',
        'accept-encoding': 'identity',
        authorization: 'Bearer search-key',
      },
    },
  ])
})

describe('a search on a fresh connection, against a local HTTP server', () => {
  /** What the stand-in server saw of each request. */
  const seen: {
    port: number
    connection: string | undefined
    authorization: string | undefined
  }[] = []
  let server: Server
  let url: string
  const behaviours: Record<number, (res: ServerResponse) => void> = {
    // offset 0: a normal answer
    0: (res) =>
      res.end(JSON.stringify({ hits: [{ id: 'x' }], processingTimeMs: 1, estimatedTotalHits: 1 })),
    1: (res) => {
      res.statusCode = 503
      res.end(JSON.stringify({ message: 'busy', code: 'too_many_search_requests' }))
    },
    // A body cut short: a length is promised and the connection dropped.
    2: (res) => {
      res.writeHead(200, { 'content-length': '1000' })
      res.write('{"hits":[')
      setTimeout(() => res.socket?.destroy(), 20)
    },
    // No answer at all.
    3: () => {},
  }

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => {
        body += chunk
      })
      req.on('end', () => {
        seen.push({
          port: req.socket.remotePort ?? 0,
          connection: req.headers.connection,
          authorization: req.headers.authorization,
        })
        const offset = (JSON.parse(body) as FederatedSearchRequest).federation.offset
        behaviours[offset]?.(res)
      })
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((done) => server.close(done))
  })

  const request = (offset: number): FederatedSearchRequest => ({
    federation: { limit: 1, offset },
    queries: [],
  })

  test('two searches at once use two connections of their own, closed afterwards', async () => {
    seen.length = 0
    const gateway = createMeilisearchGateway({ url, apiKey: 'search-key' })
    const signal = AbortSignal.timeout(2000)
    const fresh = { freshConnection: true }
    const answers = await Promise.all([
      gateway.federatedSearch(request(0), signal, fresh),
      gateway.federatedSearch(request(0), signal, fresh),
    ])
    expect(answers.map((a) => a.hits)).toEqual([[{ id: 'x' }], [{ id: 'x' }]])
    expect(seen.map((s) => s.connection)).toEqual(['close', 'close'])
    expect(seen.map((s) => s.authorization)).toEqual(['Bearer search-key', 'Bearer search-key'])
    expect(new Set(seen.map((s) => s.port)).size).toBe(2)
  })

  test('without the hint, a search goes over a kept-alive (pooled) connection', async () => {
    seen.length = 0
    const gateway = createMeilisearchGateway({ url })
    await gateway.federatedSearch(request(0), AbortSignal.timeout(2000))
    expect(seen.map((s) => s.connection)).toEqual(['keep-alive'])
  })

  test.each([
    [1, 'unavailable'],
    [2, 'unavailable'],
    [3, 'timeout'],
  ] as const)('offset %i: the failure is an UpstreamError (%s)', async (offset, failure) => {
    const gateway = createMeilisearchGateway({ url })
    const started = Date.now()
    const error = await gateway
      .federatedSearch(request(offset), AbortSignal.timeout(300), { freshConnection: true })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UpstreamError)
    expect((error as UpstreamError).failure).toBe(failure)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  test('a refused connection is unavailable', async () => {
    const closed = createServer()
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done))
    const port = (closed.address() as AddressInfo).port
    await new Promise((done) => closed.close(done))
    const gateway = createMeilisearchGateway({ url: `http://127.0.0.1:${port}` })
    const error = await gateway
      .federatedSearch(request(0), AbortSignal.timeout(1000), { freshConnection: true })
      .catch((e: unknown) => e)
    expect((error as UpstreamError).failure).toBe('unavailable')
  })
})

describe("Meilisearch's refusals keep its status and error code", () => {
  const refusedWith = (status: number, body: Record<string, string>) =>
    createMeilisearchGateway({
      url: 'http://127.0.0.1:7700',
      fetch: async () => Response.json(body, { status }),
    })
      .fetchDocuments({ limit: 1, offset: 0 }, new AbortController().signal)
      .catch((e: unknown) => e)

  test.each([
    [403, 'invalid_api_key', 'rejected'],
    [400, 'invalid_document_filter', 'rejected'],
    [404, 'index_not_found', 'index-missing'],
    [503, 'too_many_search_requests', 'unavailable'],
  ] as const)('%i %s: a %s UpstreamError', async (status, code, failure) => {
    const error = await refusedWith(status, { message: 'Refused.', code, type: 'invalid_request' })
    expect(error).toBeInstanceOf(UpstreamError)
    expect(error).toMatchObject({ failure, status, code })
  })

  test('an answer without a code keeps its status', async () => {
    const error = await refusedWith(418, { message: 'Odd.' })
    expect(error).toMatchObject({ failure: 'rejected', status: 418, code: undefined })
  })
})
