import type { Project, SearchResponse, StatsResponse } from '@projektbank/model'
import { describe, expect, expectTypeOf, test } from 'vitest'
import { createClient } from '../src/client.js'
import { createTestApp } from './_fakes.js'

function clientOf() {
  const { app, calls } = createTestApp()
  const client = createClient('http://api.test', {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => app.request(input, init),
  })
  return { client, calls }
}

describe('createClient', () => {
  test('client.search.$get sends the parameters and returns the typed response', async () => {
    const { client, calls } = clientOf()
    const res = await client.search.$get({
      query: { q: 'unga', region: ['Övre Norrland', 'Sydsverige'], page: '1' },
    })
    expect(res.status).toBe(200)
    if (!res.ok) throw new Error('expected 200')
    const body = await res.json()
    expectTypeOf(body).toEqualTypeOf<SearchResponse>()
    expect(body.hits[0]?.id).toBe('000')
    expect(calls.federated[0]?.queries[0]?.filter).toBe('region IN ["Övre Norrland", "Sydsverige"]')
  })

  test('client.stats.$get groups by a facet and returns the typed sums', async () => {
    const { client } = clientOf()
    const res = await client.stats.$get({ query: { groupBy: 'county', region: ['Övre Norrland'] } })
    if (res.status !== 200) throw new Error(`expected 200, got ${res.status}`)
    const body = await res.json()
    expectTypeOf(body).toEqualTypeOf<StatsResponse>()
    expect(body.groups.map((g) => [g.value, g.count, g.esfGrant])).toEqual([
      ['Norrbottens län', 1, 450000],
      ['Västerbottens län', 1, 450000],
    ])
    expect(body.totals).toEqual({ count: 1, esfGrant: 450000, totalBudget: 450000 })
  })

  test('problem responses are typed too', async () => {
    const { client } = clientOf()
    const res = await client.search.$get({ query: { hitsPerPage: '500' } })
    if (res.status === 400) {
      const problem = await res.json()
      expectTypeOf(problem.invalidParams).toEqualTypeOf<
        { name: string; reason: string }[] | undefined
      >()
      expect(problem.invalidParams?.[0]?.name).toBe('hitsPerPage')
    } else {
      throw new Error(`expected 400, got ${res.status}`)
    }
  })

  test('client.projects[":id"].$get returns a Project', async () => {
    const { client } = clientOf()
    const res = await client.projects[':id'].$get({ param: { id: '000' } })
    if (res.status !== 200) throw new Error(`expected 200, got ${res.status}`)
    const project = await res.json()
    expectTypeOf(project).toEqualTypeOf<Project>()
    expect(project.id).toBe('000')
  })

  test('client.facets[":facet"].$get takes only facet names', async () => {
    const { client } = clientOf()
    const res = await client.facets[':facet'].$get({
      param: { facet: 'municipality' },
      query: { q: 'um' },
    })
    expect(await res.json()).toMatchObject({
      facet: 'municipality',
      values: [{ value: 'Umeå', count: 2 }],
    })
    // @ts-expect-error 'nope' is not a facet
    await client.facets[':facet'].$get({ param: { facet: 'nope' }, query: {} })
  })
})
