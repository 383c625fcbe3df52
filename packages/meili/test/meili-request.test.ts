import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { MeiliRequestError, meiliRequest } from '../src/meili-request.js'
import { collectGarbage } from '../src/testing.js'

/** What a stand-in `fetch` was asked, answering `answer`. */
function recording(answer: Response) {
  const sent: { url: string; headers: unknown; method: string | undefined }[] = []
  const fetch: typeof globalThis.fetch = async (input, init) => {
    sent.push({ url: String(input), headers: init?.headers, method: init?.method })
    return answer.clone()
  }
  return { fetch, sent }
}

describe('meiliRequest', () => {
  test('asks a Meilisearch on this machine for uncompressed answers, one elsewhere not', async () => {
    const { fetch, sent } = recording(Response.json({ status: 'available' }))
    for (const url of ['http://127.0.0.1:7700', 'http://localhost:7700/', 'https://ms.example.org'])
      await meiliRequest({ url, apiKey: 'k' }, 'POST', 'multi-search', { body: {}, fetch })
    expect(sent).toEqual([
      {
        url: 'http://127.0.0.1:7700/multi-search',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-encoding': 'identity',
          authorization: 'Bearer k',
        },
      },
      {
        url: 'http://localhost:7700/multi-search',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-encoding': 'identity',
          authorization: 'Bearer k',
        },
      },
      {
        url: 'https://ms.example.org/multi-search',
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
      },
    ])
  })

  test("an error answer carries Meilisearch's status, code and message", async () => {
    const { fetch } = recording(
      Response.json(
        { message: 'Index `nope` not found.', code: 'index_not_found', type: 'invalid_request' },
        { status: 404 },
      ),
    )
    const error = await meiliRequest({ url: 'http://127.0.0.1:7700' }, 'GET', 'indexes/nope', {
      fetch,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MeiliRequestError)
    expect(error).toMatchObject({
      status: 404,
      code: 'index_not_found',
      type: 'invalid_request',
      detail: 'Index `nope` not found.',
      message:
        'Meilisearch GET /indexes/nope failed with 404 index_not_found: Index `nope` not found.',
    })
  })

  describe('behind a path prefix (MEILI_URL=http://host/meili)', () => {
    let server: Server
    let origin: string
    const seen: string[] = []
    beforeAll(async () => {
      server = createServer((request, response) => {
        seen.push(`${request.method} ${request.url}`)
        response.setHeader('content-type', 'application/json')
        response.end('{"status":"available"}')
      })
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    })
    afterAll(async () => {
      server.closeAllConnections()
      await new Promise((done) => server.close(done))
    })

    test('every path keeps the prefix, with or without a leading slash', async () => {
      seen.length = 0
      const calls: [string, string, boolean][] = [
        [`${origin}/meili`, '/keys', false],
        [`${origin}/meili/`, '/indexes/projects/documents', false],
        [`${origin}/meili`, 'health', false],
        [`${origin}/meili`, '/tasks/7', true],
        [`${origin}/a/b`, '//multi-search', true],
      ]
      for (const [url, path, freshConnection] of calls) {
        const answer = await meiliRequest<{ status: string }>({ url }, 'GET', path, {
          query: { limit: 2 },
          freshConnection,
        })
        expect(answer).toEqual({ status: 'available' })
      }
      expect(seen).toEqual([
        'GET /meili/keys?limit=2',
        'GET /meili/indexes/projects/documents?limit=2',
        'GET /meili/health?limit=2',
        'GET /meili/tasks/7?limit=2',
        'GET /a/b/multi-search?limit=2',
      ])
    })
  })

  describe('against a server that never answers', () => {
    let server: Server
    let url: string
    beforeAll(async () => {
      server = createServer(() => {})
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    })
    afterAll(async () => {
      server.closeAllConnections()
      await new Promise((done) => server.close(done))
    })

    test('its own timeout fires, even after garbage collections', async () => {
      for (const freshConnection of [false, true]) {
        const pending = meiliRequest({ url }, 'GET', 'health', { timeoutMs: 100, freshConnection })
        const settled = pending.catch((e: unknown) => e)
        await collectGarbage()
        expect(await settled).toMatchObject({
          status: 0,
          message: `Meilisearch GET /health: ${url} is unreachable (no answer within 100 ms)`,
        })
      }
    })

    test("the caller's signal rejects with its own reason", async () => {
      const controller = new AbortController()
      const pending = meiliRequest({ url }, 'GET', 'health', {
        signal: controller.signal,
        freshConnection: true,
      })
      controller.abort(new Error('the client went away'))
      await expect(pending).rejects.toEqual(new Error('the client went away'))
    })
  })
})
