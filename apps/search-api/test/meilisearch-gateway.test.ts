import { expect, test } from 'vitest'
import { createMeilisearchGateway } from '../src/meilisearch-gateway.js'

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
