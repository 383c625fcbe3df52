import { FACETS } from '@projektbank/model'
import { describe, expect, test } from 'vitest'
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
