import { timeoutSignal } from '@projektbank/meili'
import { aborted, collectGarbage } from '@projektbank/meili/testing'
import { expect, test } from 'vitest'
import type { FederatedSearchResult } from '../src/meilisearch-gateway.js'
import { searchInParts } from '../src/parallel-facets.js'

test('a split search behind a Meilisearch that never answers ends at its timeout, GC or not', async () => {
  // Each request waits until its signal aborts, like a fetch to a server that holds its answer.
  const hang = (_request: unknown, signal: AbortSignal): Promise<FederatedSearchResult> =>
    aborted(signal).then((reason) => {
      throw reason
    })
  const search = searchInParts(hang, 'always')
  const request = {
    federation: { limit: 20, offset: 0, facetsByIndex: { projects: ['region'] }, mergeFacets: {} },
    queries: [{ indexUid: 'projects', q: 'unga' }],
  }
  const count = { federation: { limit: 0, offset: 0 }, queries: request.queries }
  const parts = search(request, timeoutSignal(50), [count])
  const settled = Promise.allSettled([parts.page, parts.facets, parts.counts])
  await collectGarbage()
  const results = await settled
  expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected'])
  expect(results[0]).toMatchObject({ reason: { name: 'TimeoutError' } })
})
