/**
 * The API past its caps: requests over the limit get a 503 `overloaded` problem with
 * `Retry-After` while the admitted ones are still waiting on Meilisearch (that is what "fast"
 * means here, measured in order of events, not in milliseconds), and the admitted ones then
 * answer as if nothing had happened.
 */
import { describe, expect, test } from 'vitest'
import { configFromEnv } from '../src/config.js'
import type { SearchGateway } from '../src/meilisearch-gateway.js'
import { createFakeGateway, createTestApp, problemOf } from './_fakes.js'

/** The fake gateway, but every call waits until `open()`; `waiting` counts calls held. */
function heldGateway() {
  const fake = createFakeGateway({
    docs: Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, title: `Project ${i}` })),
  })
  let open = () => {}
  let opened = new Promise<void>((resolve) => {
    open = resolve
  })
  const state = { waiting: 0 }
  const hold = async <T>(call: () => Promise<T>): Promise<T> => {
    state.waiting++
    await opened
    state.waiting--
    return call()
  }
  const inner = fake.gateway
  const gateway: SearchGateway = {
    indexUid: inner.indexUid,
    federatedSearch: (r, s, o) => hold(() => inner.federatedSearch(r, s, o)),
    facetSearch: (r, s) => hold(() => inner.facetSearch(r, s)),
    search: (r, s) => hold(() => inner.search(r, s)),
    fetchDocuments: (r, s) => hold(() => inner.fetchDocuments(r, s)),
    health: (s) => hold(() => inner.health(s)),
    // The index's version is read outside the gate (it is cached), so it is not held.
    indexInfo: (s) => inner.indexInfo(s),
  }
  return {
    fake: { gateway, calls: fake.calls },
    state,
    open: () => open(),
    close: () => {
      opened = new Promise<void>((resolve) => {
        open = resolve
      })
    },
  }
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 1000 && !check(); i++) await new Promise((r) => setTimeout(r, 1))
  expect(check()).toBe(true)
}

describe('search cap', () => {
  test('past cap + queue: 503 overloaded with Retry-After before any admitted search is done', async () => {
    const held = heldGateway()
    const { app } = createTestApp(
      { searchConcurrency: 4, searchQueue: 2, queueTimeoutMs: 60_000, retryAfterSeconds: 3 },
      held.fake,
    )
    const targets = Array.from({ length: 10 }, (_, i) =>
      i % 3 === 0 ? `/facets/region?q=${i}` : i % 3 === 1 ? '/projects/000' : `/search?q=${i}`,
    )
    const settled: { i: number; res: Response }[] = []
    const all = targets.map((target, i) =>
      Promise.resolve(app.request(target)).then((res) => {
        settled.push({ i, res })
        return res
      }),
    )
    // Four are at Meilisearch, two wait in the queue, four are already answered.
    await until(() => settled.length === 4 && held.state.waiting === 4)
    expect(settled.map((s) => s.res.status)).toEqual([503, 503, 503, 503])
    for (const { res } of settled) {
      expect(res.headers.get('retry-after')).toBe('3')
      const problem = await problemOf(res)
      expect(problem.type).toBe('https://projektbank.se/problems/overloaded')
      expect(problem.detail).toBe('Too many searches at once (the queue is full); try again in 3 s')
    }
    held.open()
    const statuses = (await Promise.all(all)).map((res) => res.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(6)
    expect(statuses.filter((s) => s === 503)).toHaveLength(4)
    // The six admitted are the first six to arrive.
    expect(statuses.slice(0, 6)).toEqual(Array(6).fill(200))
  })

  test('at the cap, nothing is refused and every answer is the same as alone', async () => {
    const held = heldGateway()
    const { app } = createTestApp(
      { searchConcurrency: 8, searchQueue: 0, queueTimeoutMs: 60_000 },
      held.fake,
    )
    held.open()
    const alone = await (await app.request('/search?q=x&hitsPerPage=3')).json()
    held.close()
    const all = Array.from({ length: 8 }, () => app.request('/search?q=x&hitsPerPage=3'))
    await until(() => held.state.waiting === 8)
    held.open()
    const answers = await Promise.all(all)
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(200))
    for (const res of answers) expect(await res.json()).toEqual(alone)
  })

  test('a search that waited past QUEUE_TIMEOUT_MS gets 503; the slot frees for the next', async () => {
    const held = heldGateway()
    const { app } = createTestApp(
      { searchConcurrency: 1, searchQueue: 5, queueTimeoutMs: 20 },
      held.fake,
    )
    const first = app.request('/search?q=a')
    await until(() => held.state.waiting === 1)
    const queued = await app.request('/search?q=b')
    expect(queued.status).toBe(503)
    expect((await problemOf(queued)).detail).toBe(
      'Too many searches at once (the wait in the queue ran out); try again in 5 s',
    )
    held.open()
    expect((await first).status).toBe(200)
    expect((await app.request('/search?q=c')).status).toBe(200)
  })

  test('a failing search gives its slot back', async () => {
    const fake = createFakeGateway()
    fake.gateway.search = async () => {
      throw new Error('boom')
    }
    const { app } = createTestApp({ searchConcurrency: 1, searchQueue: 0 }, fake)
    expect((await app.request('/projects/000')).status).toBe(500)
    expect((await app.request('/search?q=a')).status).toBe(200)
  })
})

describe('export cap', () => {
  test('an export holds its slot until its body is read; past EXPORT_CONCURRENCY 503', async () => {
    const { app } = createTestApp({ exportConcurrency: 1, exportQueue: 0, exportPageSize: 1 })
    const streaming = await app.request('/export?format=ndjson')
    expect(streaming.status).toBe(200)
    // The first export's body is not read yet: its slot is still taken.
    const refused = await app.request('/export?format=ndjson')
    expect(refused.status).toBe(503)
    expect((await problemOf(refused)).detail).toBe(
      'Too many exports at once (the queue is full); try again in 5 s',
    )
    // Searches have their own cap.
    expect((await app.request('/search?q=a')).status).toBe(200)
    expect((await streaming.text()).split('\n').filter(Boolean)).toHaveLength(1)
    expect((await app.request('/export?format=ndjson')).status).toBe(200)
  })

  test('a client that abandons its export frees the slot', async () => {
    const { app } = createTestApp({ exportConcurrency: 1, exportQueue: 0 })
    const abandoned = await app.request('/export?format=csv')
    await abandoned.body?.cancel()
    expect((await app.request('/export?format=csv')).status).toBe(200)
  })
})

describe('load settings from the environment', () => {
  test('reads the caps, queues and rate, and rejects what it cannot use', () => {
    expect(
      configFromEnv({
        SEARCH_CONCURRENCY: '16',
        SEARCH_QUEUE: '0',
        EXPORT_CONCURRENCY: '1',
        EXPORT_QUEUE: '3',
        QUEUE_TIMEOUT_MS: '250',
        RATE_LIMIT_PER_MINUTE: '600',
      }),
    ).toEqual({
      searchConcurrency: 16,
      searchQueue: 0,
      exportConcurrency: 1,
      exportQueue: 3,
      queueTimeoutMs: 250,
      rateLimitPerMinute: 600,
    })
    expect(() => configFromEnv({ SEARCH_CONCURRENCY: '0' })).toThrow(
      'SEARCH_CONCURRENCY must be a positive integer, got "0"',
    )
    expect(() => configFromEnv({ SEARCH_QUEUE: '-1' })).toThrow(
      'SEARCH_QUEUE must be a whole number ≥ 0, got "-1"',
    )
  })
})
