import type { SearchResponse } from '@projektbank/model'
import { describe, expect, test } from 'vitest'
import { createApp } from '../src/app.js'
import type { FederatedSearchRequest } from '../src/meilisearch-gateway.js'
import { createPlainAnalyzer, type SearchAnalyzer } from '../src/search-analyzer.js'
import { createFakeGateway, DOC_000 } from './_fakes.js'

/**
 * The plain analyser, with the pieces the Swedish one reads `rekryteringsproblem` as, and
 * `suggestions` for every query.
 */
function compoundAnalyzer(suggestions: string[]): SearchAnalyzer {
  const plain = createPlainAnalyzer()
  return {
    ...plain,
    analyzeQuery(q, options) {
      const read = plain.analyzeQuery(q, options)
      if (!q.trim().startsWith('rekryteringsproblem')) return read
      const pieces = [
        { shown: 'rekrytering', query: 'rekrytering ' },
        { shown: 'problem', query: 'problem ' },
      ]
      return { ...read, looser: { term: 'rekryteringsproblem', pieces } }
    },
    suggest: () => suggestions,
  }
}

/** Finds DOC_000 for every query but the whole compound (and its misspelling). */
function compoundApp(suggestions: string[]) {
  const fake = createFakeGateway()
  const { gateway, calls } = fake
  const finds = (request: FederatedSearchRequest) =>
    !request.queries.some((query) => query.q?.startsWith('rekryteringsproblem'))
  const app = createApp({
    search: {
      ...gateway,
      async federatedSearch(request, signal) {
        const found = await gateway.federatedSearch(request, signal)
        return finds(request)
          ? found
          : { ...found, hits: [], estimatedTotalHits: 0, facetDistribution: {} }
      },
    },
    analyzer: compoundAnalyzer(suggestions),
    config: { parallelFacets: 'never' },
  })
  return { app, calls }
}

async function search(query: string, suggestions: string[] = []) {
  const { app, calls } = compoundApp(suggestions)
  const res = await app.request(`/search?${query}`)
  expect(res.status).toBe(200)
  return { body: (await res.json()) as SearchResponse, calls: calls.federated }
}

const searchedFor = (request: FederatedSearchRequest | undefined) =>
  request?.queries.map((query) => query.q)

describe('a search that finds nothing searches its pieces, any one enough', () => {
  test('the pieces in one more federated request; the reading says so', async () => {
    const { body, calls } = await search('q=rekryteringsproblem')
    expect(calls.map(searchedFor)).toEqual([
      ['rekryteringsproblem'],
      // Each piece as a query typed alone, a whole word in the texts too.
      ['rekrytering ', 'problem '],
    ])
    expect(body.totalHits).toBe(1)
    expect(body.hits.map((hit) => hit.id)).toEqual([DOC_000.id])
    expect(body.suggestion).toBeNull()
    expect(body.reading).toEqual({
      searched: 'rekryteringsproblem',
      rewrites: [
        {
          term: 'rekryteringsproblem',
          replacement: 'rekrytering',
          source: 'looser',
          kind: 'replaced',
        },
        { term: 'rekryteringsproblem', replacement: 'problem', source: 'looser', kind: 'replaced' },
      ],
    })
  })

  test('the looser request keeps the page, the filters and the facets', async () => {
    const { calls } = await search('q=rekryteringsproblem&region=Sydsverige&page=2&hitsPerPage=5')
    // Main, its region count, looser, its region count.
    expect(calls).toHaveLength(4)
    const [main, , looser, looserRegion] = calls
    expect(looser?.federation).toEqual(main?.federation)
    expect(looser?.queries.map((query) => query.filter)).toEqual([
      'region IN ["Sydsverige"]',
      'region IN ["Sydsverige"]',
    ])
    expect(searchedFor(looserRegion)).toEqual(['rekrytering ', 'problem '])
    expect(looserRegion?.federation.facetsByIndex).toEqual({ projects: ['region'] })
  })

  test('a query that finds something is searched once, as it was', async () => {
    const { body, calls } = await search('q=rekrytering')
    expect(calls.map(searchedFor)).toEqual([['rekrytering']])
    expect(body.reading).toEqual({ searched: 'rekrytering', rewrites: [] })
  })

  test('never with verbatim=true', async () => {
    const verbatim = await search('q=rekryteringsproblem&verbatim=true')
    expect(verbatim.calls.map(searchedFor)).toEqual([['rekryteringsproblem']])
    expect(verbatim.body.totalHits).toBe(0)
    expect(verbatim.body.reading.rewrites).toEqual([])
  })

  test('counts only count what the page shows: the pieces, ids only', async () => {
    const counts = await search('q=rekryteringsproblem&hitsPerPage=0&facets=region')
    expect(counts.calls.map(searchedFor)).toEqual([
      ['rekryteringsproblem'],
      ['rekrytering ', 'problem '],
    ])
    expect(counts.calls[1]?.queries.map((query) => query.attributesToRetrieve)).toEqual([
      ['id'],
      ['id'],
    ])
    expect(counts.body.totalHits).toBe(1)
    expect(counts.body.hits).toEqual([])
    expect(counts.body.facets).toEqual({ region: { 'Övre Norrland': 1 } })
    expect(counts.body.reading.rewrites.map((rewrite) => rewrite.replacement)).toEqual([
      'rekrytering',
      'problem',
    ])
  })

  test('"Menade du …?" first: a respelling that finds something is the surer answer', async () => {
    const suggested = await search('q=rekryteringsproblem', ['rekrytering'])
    expect(suggested.calls.map(searchedFor)).toEqual([['rekryteringsproblem'], ['rekrytering']])
    expect(suggested.body.suggestion).toBe('rekrytering')
    expect(suggested.body.totalHits).toBe(0)
    expect(suggested.body.reading.rewrites).toEqual([])
    // A suggestion that finds nothing either: then the pieces.
    const unfound = await search('q=rekryteringsproblem', ['rekryteringsproblemet'])
    expect(unfound.calls.map(searchedFor)).toEqual([
      ['rekryteringsproblem'],
      ['rekryteringsproblemet'],
      ['rekrytering ', 'problem '],
    ])
    expect(unfound.body.suggestion).toBeNull()
    expect(unfound.body.totalHits).toBe(1)
  })
})

describe("every route that lists, counts or sums a query's projects goes looser as /search", () => {
  const looserReading = {
    searched: 'rekryteringsproblem',
    rewrites: ['rekrytering', 'problem'].map((replacement) => ({
      term: 'rekryteringsproblem',
      replacement,
      source: 'looser',
      kind: 'replaced',
    })),
  }

  test("/export: the pieces' rows, and the reading header says so", async () => {
    const { app, calls } = compoundApp([])
    const res = await app.request('/export?q=rekryteringsproblem&format=ndjson')
    expect(res.status).toBe(200)
    expect(calls.federated.map(searchedFor)).toEqual([
      ['rekryteringsproblem'],
      ['rekrytering ', 'problem '],
    ])
    expect(res.headers.get('x-total-hits')).toBe('1')
    const reading = JSON.parse(decodeURIComponent(res.headers.get('x-query-reading') ?? ''))
    expect(reading).toEqual(looserReading)
    const rows = (await res.text()).trim().split('\n')
    expect(rows.map((row) => JSON.parse(row).id)).toEqual([DOC_000.id])
  })

  test('a query that finds something costs every route one search, as it did', async () => {
    for (const path of [
      '/search?q=rekrytering&hitsPerPage=0',
      '/facets/region?query=rekrytering',
      '/export?q=rekrytering&format=ndjson',
      '/stats?q=rekrytering&groupBy=region',
    ]) {
      const { app, calls } = compoundApp(['rekryteringen'])
      const res = await app.request(path)
      expect(res.status, path).toBe(200)
      expect(calls.federated.map(searchedFor), path).toEqual([['rekrytering']])
    }
  })

  test('/export with verbatim=true, or with a respelling that finds something: empty', async () => {
    for (const [query, suggestions] of [
      ['q=rekryteringsproblem&verbatim=true', []],
      ['q=rekryteringsproblem', ['rekrytering']],
    ] as const) {
      const { app } = compoundApp([...suggestions])
      const res = await app.request(`/export?${query}&format=ndjson`)
      expect(res.headers.get('x-total-hits'), query).toBe('0')
      expect(await res.text(), query).toBe('')
    }
  })

  test("/facets/:facet?query= counts the pieces' projects, with the reading", async () => {
    const { app, calls } = compoundApp([])
    const res = await app.request('/facets/region?query=rekryteringsproblem')
    expect(res.status).toBe(200)
    expect(calls.federated.map(searchedFor)).toEqual([
      ['rekryteringsproblem'],
      ['rekrytering ', 'problem '],
    ])
    expect(await res.json()).toEqual({
      facet: 'region',
      q: '',
      values: [{ value: 'Övre Norrland', count: 1 }],
      reading: looserReading,
      processingTimeMs: 3,
    })
  })

  test('/facets/:facet with its own filter decides on the counts of the values filtered', async () => {
    // The exact query counts nothing in Övre Norrland, the pieces count one there: looser,
    // with no request to ask whether the query finds something under the region filter.
    const { app, calls } = compoundApp([])
    const res = await app.request(
      '/facets/region?query=rekryteringsproblem&region=%C3%96vre%20Norrland',
    )
    expect(calls.federated).toHaveLength(2)
    expect(calls.federated.map((request) => request.queries[0]?.filter)).toEqual([
      undefined,
      undefined,
    ])
    const body = (await res.json()) as { values: unknown[]; reading: { rewrites: unknown[] } }
    expect(body.values).toEqual([{ value: 'Övre Norrland', count: 1 }])
    expect(body.reading.rewrites).toHaveLength(2)
  })
})
