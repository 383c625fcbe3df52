/**
 * Meilisearch faults under a running API: stopped mid-traffic (503 with Retry-After, then 200
 * again from the same API instance once Meilisearch is back on the same data dir and port),
 * and slow (504 with Retry-After at the configured timeout, upstream requests abandoned).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { type RawResponse, rawGet } from './_http.js'
import {
  type SeededMeilisearch,
  type ServedApi,
  serveApi,
  startSeededMeilisearch,
} from './_seeded.js'
import { type SlowProxy, startSlowProxy } from './_slow-proxy.js'
import { createStats } from './_stats.js'

const stats = createStats('faults')

const TIMEOUT_MS = 1_500
const RETRY_AFTER_S = 7

let seeded: SeededMeilisearch
const closers: (() => Promise<void>)[] = []

async function get(api: ServedApi, target: string): Promise<RawResponse> {
  stats.requests++
  const res = await rawGet(api.url, target)
  if (res.status >= 500 && res.status !== 503 && res.status !== 504)
    stats.errors.push(`${res.status} GET ${target}: ${res.body.slice(0, 200)}`)
  return res
}

function problemOf(res: RawResponse): { status: number; type: string; detail: string } {
  expect(res.headers['content-type']).toBe('application/problem+json')
  return JSON.parse(res.body) as { status: number; type: string; detail: string }
}

beforeAll(async () => {
  seeded = await startSeededMeilisearch()
})

afterAll(async () => {
  for (const close of closers.reverse()) await close()
  await seeded?.stop()
  stats.flush()
})

describe('Meilisearch stops and comes back', () => {
  it('answers 503 with Retry-After while it is down and 200 again after a restart, without restarting the API', async () => {
    stats.cases++
    const api = await serveApi({
      meiliUrl: seeded.meili.url,
      searchKey: seeded.searchKey,
      config: { upstreamTimeoutMs: TIMEOUT_MS, retryAfterSeconds: RETRY_AFTER_S },
    })
    closers.push(api.close)
    const before = await get(api, '/search?q=projekt')
    expect(before.status).toBe(200)
    const totalHits = (JSON.parse(before.body) as { totalHits: number }).totalHits

    // Stopped during a burst of queries: each one is answered, with 200 or 503, never a hang.
    stats.faults++
    const burst = Array.from({ length: 10 }, () => get(api, '/search?q=projekt'))
    const [results] = await Promise.all([Promise.all(burst), seeded.meili.stop()])
    for (const res of results) expect([200, 503]).toContain(res.status)

    for (const target of ['/search?q=projekt', '/facets/region', '/projects/x', '/ready']) {
      const res = await get(api, target)
      expect(res.status).toBe(503)
      expect(res.headers['retry-after']).toBe(String(RETRY_AFTER_S))
      expect(problemOf(res).type).toBe('https://projektbank.se/problems/upstream-unavailable')
    }
    const exported = await get(api, '/export?format=ndjson')
    expect(exported.status).toBe(503)

    const meiliUrl = seeded.meili.url
    await seeded.restart()
    expect(seeded.meili.url).toBe(meiliUrl)
    await vi.waitFor(async () => expect((await get(api, '/ready')).status).toBe(200), {
      timeout: 20_000,
      interval: 250,
    })
    const after = await get(api, '/search?q=projekt')
    expect(after.status).toBe(200)
    expect((JSON.parse(after.body) as { totalHits: number }).totalHits).toBe(totalHits)
    expect(api.logs).toEqual([])
  })
})

describe('Meilisearch answers too slowly', () => {
  let proxy: SlowProxy
  let api: ServedApi

  beforeAll(async () => {
    proxy = await startSlowProxy({ upstream: seeded.meili.url, delayMs: 60_000 })
    closers.push(() => proxy.close())
    api = await serveApi({
      meiliUrl: proxy.url,
      searchKey: seeded.searchKey,
      // Every search split into hits and facet counts, so that the number of upstream requests
      // does not depend on which searches happened to overlap (as `when-idle` would).
      config: {
        upstreamTimeoutMs: TIMEOUT_MS,
        retryAfterSeconds: RETRY_AFTER_S,
        parallelFacets: 'always',
        // The index's version (for ETags) is read once here, not again in the middle of a
        // count of upstream connections.
        indexVersionTtlMs: 3_600_000,
      },
    })
    closers.push(api.close)
  })

  it('answers 504 with Retry-After at the configured timeout', async () => {
    stats.cases++
    stats.faults++
    for (const target of ['/search?q=unga', '/facets/municipality?q=um', '/projects/x', '/ready']) {
      const res = await get(api, target)
      expect(res.status).toBe(504)
      expect(res.headers['retry-after']).toBe(String(RETRY_AFTER_S))
      const problem = problemOf(res)
      expect(problem.type).toBe('https://projektbank.se/problems/upstream-timeout')
      expect(problem.detail).toBe(`Meilisearch did not answer within ${TIMEOUT_MS} ms`)
    }
  })

  it('abandons the upstream requests of 20 concurrent slow queries (no pile-up)', async () => {
    stats.cases++
    stats.faults++
    // Event-driven waits: no polling interval or deadline of its own that a busy machine could
    // miss; the test's timeout is the only clock.
    await proxy.idle()
    const openedBefore = proxy.opened
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => get(api, `/search?q=unga&page=${i + 1}`)),
    )
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(504))
    // Two upstream requests per search: its hits and its facet counts, side by side.
    expect(proxy.opened - openedBefore).toBe(40)
    // Every one of them is abandoned: the proxy sees each connection closed.
    await proxy.idle()
    expect(proxy.pending).toBe(0)
    expect(api.logs).toEqual([])
  })
})
