import { describe, expect, test } from 'vitest'
import { type FederatedSearchRequest, UpstreamError } from '../src/meilisearch-gateway.js'
import { createFakeGateway, createTestApp } from './_fakes.js'

/** A fake whose facet counts say which filter they were counted under. */
function countingFake() {
  const fake = createFakeGateway()
  const requests: FederatedSearchRequest[] = []
  fake.gateway.federatedSearch = async (request) => {
    requests.push(request)
    const filter = request.queries[0]?.filter ?? ''
    const facets = request.federation.facetsByIndex?.projects ?? []
    return {
      hits: [],
      processingTimeMs: requests.length,
      estimatedTotalHits: 7,
      facetDistribution: Object.fromEntries(facets.map((f) => [f, { [`under ${filter}`]: 1 }])),
      facetStats: { esfGrant: { min: 1, max: 2 } },
    }
  }
  return { fake, requests }
}

const REGION = 'region=%C3%96vre%20Norrland'

describe('disjunctive facet counts', () => {
  test('a filtered facet is counted without its own filter, the others with every filter', async () => {
    const { fake, requests } = countingFake()
    const { app } = createTestApp({}, fake)
    const res = await app.request(`/search?q=unga&${REGION}&year=2014&facets=region,county,year`)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.facets).toEqual({
      region: { 'under year IN [2014]': 1 },
      county: { 'under region IN ["Övre Norrland"] AND year IN [2014]': 1 },
      year: { 'under region IN ["Övre Norrland"]': 1 },
    })
    expect(body.totalHits).toBe(7)
    expect(body.facetStats).toEqual({ esfGrant: { min: 1, max: 2 } })
    // One main request and one count-only request per filtered facet, all sent at once.
    expect(requests).toHaveLength(3)
    expect(requests[0]?.federation.facetsByIndex).toEqual({
      projects: ['county', 'esfGrant', 'totalBudget'],
    })
    for (const count of requests.slice(1)) {
      // The main request's page: the score floors apply to the same ranked matches.
      expect(count.federation).toMatchObject({ limit: 20, offset: 0 })
      expect(count.queries.map((q) => q.attributesToRetrieve)).toEqual([['id']])
      // The same text queries as the main request: the counts are over the same matches.
      expect(count.queries.map((q) => [q.q, q.attributesToSearchOn])).toEqual(
        requests[0]?.queries.map((q) => [q.q, q.attributesToSearchOn]),
      )
    }
    expect(requests.slice(1).map((r) => r.federation.facetsByIndex)).toEqual([
      { projects: ['region'] },
      { projects: ['year'] },
    ])
  })

  test('no facet filter: one request, as before', async () => {
    const { fake, requests } = countingFake()
    const { app } = createTestApp({}, fake)
    expect((await app.request('/search?q=unga&grantMin=5&startFrom=2014-01-01')).status).toBe(200)
    expect(requests).toHaveLength(1)
  })

  test('a filtered facet that is not asked for costs no request', async () => {
    const { fake, requests } = countingFake()
    const { app } = createTestApp({}, fake)
    const body = await (await app.request(`/search?${REGION}&facets=county`)).json()
    expect(requests).toHaveLength(1)
    expect(Object.keys(body.facets)).toEqual(['county'])
  })

  test('counts only (hitsPerPage=0) works the same way', async () => {
    const { fake, requests } = countingFake()
    const { app } = createTestApp({}, fake)
    const body = await (await app.request(`/search?hitsPerPage=0&${REGION}&facets=region`)).json()
    expect(body.facets).toEqual({ region: { 'under ': 1 } })
    expect(body.hits).toEqual([])
    // The default page is ranked, ids only (COUNT_WINDOW), and no texts are read.
    expect(requests.map((r) => r.federation.limit)).toEqual([20, 20])
    expect(requests.map((r) => r.queries[0]?.attributesToRetrieve)).toEqual([['id'], ['id']])
  })

  test('a failing count fails the search with the upstream problem', async () => {
    const { fake } = countingFake()
    const main = fake.gateway.federatedSearch
    fake.gateway.federatedSearch = async (request, signal) => {
      const countsOnly = request.queries[0]?.attributesToRetrieve?.join() === 'id'
      if (countsOnly) throw new UpstreamError('unavailable', 'down')
      return main(request, signal)
    }
    const { app } = createTestApp({}, fake)
    expect((await app.request(`/search?${REGION}`)).status).toBe(503)
  })
})
