import { FACETS } from '@projektbank/model'
import { describe, expect, test } from 'vitest'
import { UpstreamError } from '../src/meilisearch-gateway.js'
import { ProblemError } from '../src/problems.js'
import { createStatsSource } from '../src/stats-source.js'
import { createFakeGateway, createTestApp, DOC_000, problemOf } from './_fakes.js'

const doc = (id: string, esfGrant: number | null) => ({ ...DOC_000, id, esfGrant })

/** A source over a list of documents that can change between loads. */
function sourceOver(docs: Record<string, unknown>[], options: { cap?: number } = {}) {
  let clock = 0
  const loads: number[] = []
  const source = createStatsSource({
    pageSize: 2,
    maxAgeMs: 1000,
    now: () => clock,
    async loadPage(offset, limit) {
      loads.push(offset)
      const readable = docs.slice(0, options.cap ?? docs.length)
      return { hits: readable.slice(offset, offset + limit), estimatedTotalHits: docs.length }
    },
  })
  return { source, loads, tick: (ms: number) => (clock += ms) }
}

describe('createStatsSource', () => {
  test('loads the index page by page once, and reloads when a project is unknown', async () => {
    const docs = [doc('a', 1), doc('b', 2), doc('c', 3)]
    const { source, loads } = sourceOver(docs)
    const [first, again] = await Promise.all([source.table(() => true), source.table(() => true)])
    expect(first).toBe(again)
    expect(first.size).toBe(3)
    expect(loads).toEqual([0, 2])
    expect([...first.esfGrant]).toEqual([1, 2, 3])
    docs.push(doc('d', 4))
    const fresh = await source.table((table) => table.rowOf.has('d'))
    expect(fresh.size).toBe(4)
    expect(loads).toEqual([0, 2, 0, 2, 4])
  })

  test('an old table is served while a new one loads in the background', async () => {
    const { source, loads, tick } = sourceOver([doc('a', 1)])
    const first = await source.table(() => true)
    tick(1001)
    expect(await source.table(() => true)).toBe(first)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(loads).toEqual([0, 0])
    expect(await source.table(() => true)).not.toBe(first)
  })

  test('an index larger than Meilisearch lets it read is refused, not summed', async () => {
    const { source } = sourceOver([doc('a', 1), doc('b', 2), doc('c', 3)], { cap: 2 })
    const error = await source.table(() => true).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProblemError)
    expect((error as ProblemError).detail).toBe(
      "The index holds 3 projects but only 2 could be read for statistics; raise the index's pagination.maxTotalHits to at least 3",
    )
  })
})

describe('GET /stats over a fake index', () => {
  test('a project with no grant adds nothing; no county makes the null group, listed last', async () => {
    const docs = [doc('a', 100), { ...doc('b', null), county: [] }, doc('c', 5)]
    const { app } = createTestApp({}, createFakeGateway({ docs }))
    const res = await app.request('/stats?groupBy=county')
    expect(await res.json()).toEqual({
      query: '',
      reading: { searched: '', rewrites: [] },
      totalHits: 3,
      groupBy: 'county',
      groups: [
        { value: 'Norrbottens län', count: 2, esfGrant: 105, totalBudget: 900_000 },
        { value: 'Västerbottens län', count: 2, esfGrant: 105, totalBudget: 900_000 },
        { value: null, count: 1, esfGrant: 0, totalBudget: 450_000 },
      ],
      totals: { count: 3, esfGrant: 105, totalBudget: 1_350_000 },
    })
  })

  test('more matches than Meilisearch returns is a 503 problem, never a partial sum', async () => {
    const fake = createFakeGateway({ docs: [doc('a', 1)] })
    const federated = fake.gateway.federatedSearch
    fake.gateway.federatedSearch = async (request, signal) => ({
      ...(await federated(request, signal)),
      estimatedTotalHits: 5,
    })
    const { app } = createTestApp({}, fake)
    const problem = await problemOf(await app.request('/stats?groupBy=year&q=x&region=x'))
    expect(problem.status).toBe(503)
    expect(problem.detail).toBe(
      '5 projects match but Meilisearch returns at most 1; narrow the search',
    )
  })

  test('filters alone take their ids and the table from the documents endpoint', async () => {
    const fake = createFakeGateway({ docs: [doc('a', 1), doc('b', 2)] })
    const { app, calls } = createTestApp({}, fake)
    const res = await app.request('/stats?groupBy=year&region=x')
    expect(res.status).toBe(200)
    expect((await res.json()).totals.count).toBe(2)
    expect(calls.documents.map((r) => [r.filter ?? null, r.fields])).toEqual([
      ['region IN ["x"]', ['id']],
      [null, ['id', 'esfGrant', 'totalBudget', ...FACETS]],
    ])
    expect(calls.federated).toEqual([])
  })
})

describe('the /stats table preloaded when a serving app starts', () => {
  /** A fake index whose whole-index reads (no filter) wait until `release` is called. */
  function heldIndex() {
    const fake = createFakeGateway({ docs: [doc('a', 1), doc('b', 2)] })
    const fetch = fake.gateway.fetchDocuments
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const tableLoads: number[] = []
    fake.gateway.fetchDocuments = async (request, signal) => {
      if (request.filter === undefined) {
        tableLoads.push(request.offset)
        await held
      }
      return fetch(request, signal)
    }
    return { fake, tableLoads, release }
  }

  test('the load starts with the app, /ready does not wait for it, and /stats shares it', async () => {
    const { fake, tableLoads, release } = heldIndex()
    const { app } = createTestApp({}, fake, { preloadStats: true })
    expect(tableLoads).toEqual([0])
    // The table is still loading (held): readiness answers regardless.
    expect((await app.request('/ready')).status).toBe(200)
    const answer = app.request('/stats?groupBy=region')
    await new Promise((resolve) => setTimeout(resolve, 0))
    release()
    const res = await answer
    expect(res.status).toBe(200)
    expect((await res.json()).totals).toEqual({ count: 2, esfGrant: 3, totalBudget: 900_000 })
    // One load of the one page, not a second one for the request.
    expect(tableLoads).toEqual([0])
  })

  test('without preloadStats, nothing is read until /stats asks', async () => {
    const { fake, tableLoads, release } = heldIndex()
    release()
    const { app } = createTestApp({}, fake)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(tableLoads).toEqual([])
    expect((await app.request('/stats?groupBy=region')).status).toBe(200)
    expect(tableLoads).toEqual([0])
  })

  test('an index not there yet at start: one warning, and /stats loads it when asked', async () => {
    const fake = createFakeGateway({ docs: [doc('a', 1)] })
    const fetch = fake.gateway.fetchDocuments
    let indexed = false
    fake.gateway.fetchDocuments = async (request, signal) => {
      if (!indexed) throw new UpstreamError('index-missing', 'Index `projects` not found.')
      return fetch(request, signal)
    }
    const { app, logged } = createTestApp({}, fake, { preloadStats: true })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(logged).toEqual([
      {
        level: 'warn',
        msg: 'the /stats table could not be preloaded; the first /stats loads it',
        error: 'Index `projects` not found.',
      },
    ])
    indexed = true
    const res = await app.request('/stats?groupBy=region')
    expect(res.status).toBe(200)
    expect((await res.json()).totals.count).toBe(1)
  })

  test('a key without documents.get preloads through a search instead', async () => {
    const fake = createFakeGateway({ docs: [doc('a', 1), doc('b', 2)] })
    fake.gateway.fetchDocuments = async () => {
      throw new UpstreamError('rejected', 'invalid_api_key: The provided API key is invalid.', {
        code: 'invalid_api_key',
        status: 403,
      })
    }
    const { app, calls, logged } = createTestApp({}, fake, { preloadStats: true })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(calls.federated.map((request) => request.federation)).toEqual([
      { limit: 5_000, offset: 0 },
    ])
    const res = await app.request('/stats?groupBy=region')
    expect((await res.json()).totals.count).toBe(2)
    expect(logged).toEqual([])
  })
})
