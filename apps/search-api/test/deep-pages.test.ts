import { MAX_REACHABLE_HITS } from '@projektbank/model'
import { describe, expect, test } from 'vitest'
import { createFakeGateway, createTestApp, DOC_000, problemOf } from './_fakes.js'

const many = Array.from({ length: 1500 }, (_, i) => ({ ...DOC_000, id: `p${i}` }))

describe('pages are reachable down to the first 1000 results', () => {
  test('the reachable depth is 1000 results', () => {
    expect(MAX_REACHABLE_HITS).toBe(1000)
  })

  test.each([
    ['/search?q=unga&page=51', 51, 20, 1001, 50],
    ['/search?q=unga&page=1000', 1000, 20, 19981, 50],
    ['/search?page=11&hitsPerPage=100', 11, 100, 1001, 10],
    ['/search?page=400&hitsPerPage=100', 400, 100, 39901, 10],
    ['/search?page=35&hitsPerPage=30', 35, 30, 1021, 34],
  ])(
    '%s is a 400 problem that says how to narrow the search',
    async (path, page, perPage, first, last) => {
      const { app, calls } = createTestApp()
      const res = await app.request(path)
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      const problem = await problemOf(res)
      expect(problem.type).toBe('https://projektbank.se/problems/invalid-parameter')
      expect(problem.invalidParams?.map((p) => p.name)).toEqual(['page'])
      expect(problem.detail).toBe(
        `page: page ${page} of ${perPage} hits starts at result ${first}, but only the first 1000 ` +
          `results of a search can be paged to (the last page is ${last}). Narrow the search with ` +
          'more words or filters (region, county, year, programArea, targetGroup, …), sort it ' +
          '(sort=startDate:desc, …), or download every match with /export',
      )
      // Meilisearch is never asked.
      expect(calls.federated).toHaveLength(0)
    },
  )

  test('the last reachable page is answered and cut at result 1000', async () => {
    const fake = createFakeGateway({ docs: many })
    const { app, calls } = createTestApp({}, fake)
    const res = await app.request('/search?page=34&hitsPerPage=30')
    expect(res.status).toBe(200)
    expect(calls.federated[0]?.federation).toMatchObject({ offset: 990, limit: 10 })
    const body = (await res.json()) as {
      hits: { id: string }[]
      totalHits: number
      totalPages: number
    }
    expect(body.hits.map((h) => h.id)).toEqual(many.slice(990, 1000).map((d) => d.id))
    // 1500 matches, but only 34 pages of 30 can be reached.
    expect(body).toMatchObject({ totalHits: 1500, totalPages: 34 })
  })

  test('page 50 of 20 is the last full page', async () => {
    const fake = createFakeGateway({ docs: many })
    const { app, calls } = createTestApp({}, fake)
    const res = await app.request('/search?page=50')
    expect(res.status).toBe(200)
    expect(calls.federated[0]?.federation).toMatchObject({ offset: 980, limit: 20 })
    expect(await res.json()).toMatchObject({ totalHits: 1500, totalPages: 50 })
  })

  test('a search with few matches keeps its own page count', async () => {
    const fake = createFakeGateway({ docs: many.slice(0, 45) })
    const { app } = createTestApp({}, fake)
    const res = await app.request('/search?page=2')
    expect(await res.json()).toMatchObject({ totalHits: 45, totalPages: 3 })
  })
})
