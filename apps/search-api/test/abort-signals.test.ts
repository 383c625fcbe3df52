import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { timeoutSignal } from '@projektbank/meili'
import { expect, test } from 'vitest'
import type { FederatedSearchResult } from '../src/meilisearch-gateway.js'
import { searchInParts } from '../src/parallel-facets.js'

// A full garbage collection on demand, as a busy process gets them unasked.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/**
 * Collects garbage a few times, each in a later task: V8 keeps a weakly held object alive until
 * the task that created it ends, so a collection in the same task would prove nothing.
 */
async function collectGarbage(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((next) => setImmediate(next))
    gc()
  }
}

/** Resolves once `signal` aborts, with its reason. */
function aborted(signal: AbortSignal): Promise<unknown> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve(signal.reason)
    else signal.addEventListener('abort', () => resolve(signal.reason), { once: true })
  })
}

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
