import { expect, test } from 'vitest'
import { createMeilisearchGateway } from '../src/meilisearch-gateway.js'

test('the gateway asks Meilisearch for uncompressed answers, with the search key', async () => {
  const sent: { url: string; headers: unknown }[] = []
  const gateway = createMeilisearchGateway({
    url: 'http://meili.test:7700/',
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
      url: 'http://meili.test:7700/multi-search',
      headers: {
        'content-type': 'application/json',
        'accept-encoding': 'identity',
        authorization: 'Bearer search-key',
      },
    },
  ])
})
