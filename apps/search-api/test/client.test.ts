/**
 * `@projektbank/client` against the app itself (`app.request` as its fetch, a fake
 * Meilisearch): every route the client names exists here and answers what the client reads.
 * The client's README example runs against a real API over a real Meilisearch in
 * tools/reliability (client-install.test.ts).
 */
import { createClient, ProblemError } from '@projektbank/client'
import { describe, expect, test } from 'vitest'
import { createTestApp } from './_fakes.js'

function clientOf() {
  const { app, calls } = createTestApp()
  const client = createClient('http://api.test', {
    fetch: (input, init) => app.request(input, init),
  })
  return { client, calls }
}

describe('@projektbank/client against the app', () => {
  test('search sends the parameters the app reads', async () => {
    const { client, calls } = clientOf()
    const body = await client.search({
      q: 'unga',
      region: ['Övre Norrland', 'Sydsverige'],
      page: 1,
      facets: ['region', 'layout'],
    })
    expect(body.hits.map((hit) => hit.id)).toEqual(['000'])
    expect(body.facets).toEqual({ region: { 'Övre Norrland': 1 }, layout: { A: 1 } })
    expect(calls.federated[0]?.queries[0]?.filter).toBe('region IN ["Övre Norrland", "Sydsverige"]')
  })

  test('counts only (hitsPerPage 0)', async () => {
    const { client } = clientOf()
    const body = await client.search({ hitsPerPage: 0, facets: [] })
    expect([body.hits, body.totalHits, body.totalPages, body.facets]).toEqual([[], 1, 0, {}])
  })

  test('stats, project, facet, health and ready', async () => {
    const { client } = clientOf()
    const stats = await client.stats({ groupBy: 'county', region: 'Övre Norrland' })
    expect(stats.groups.map((g) => [g.value, g.count, g.esfGrant])).toEqual([
      ['Norrbottens län', 1, 450000],
      ['Västerbottens län', 1, 450000],
    ])
    expect(stats.totals).toEqual({ count: 1, esfGrant: 450000, totalBudget: 450000 })
    expect((await client.project('000')).id).toBe('000')
    expect(await client.facet('municipality', { q: 'um' })).toMatchObject({
      facet: 'municipality',
      values: [{ value: 'Umeå', count: 2 }],
    })
    expect(await client.health()).toEqual({ status: 'ok' })
    expect(await client.ready()).toEqual({ status: 'ok' })
  })

  test('exports and the statistics workbook come back as files', async () => {
    const { client } = clientOf()
    const csv = await client.export({ format: 'csv', delimiter: ';', region: 'Övre Norrland' })
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('x-total-hits')).toBe('1')
    const [header, row] = (await csv.text()).split('\r\n')
    expect(header?.split(';').slice(0, 3)).toEqual(['id', 'title', 'owner'])
    expect(row?.split(';')[0]).toBe('000')
    const xlsx = await client.export({ format: 'xlsx' })
    expect(new Uint8Array(await xlsx.arrayBuffer()).subarray(0, 2)).toEqual(
      new Uint8Array([0x50, 0x4b]), // "PK": a zip, as every workbook
    )
    const workbook = await client.statsWorkbook({ groupBy: 'region' })
    expect(workbook.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
  })

  test("the app's problems become ProblemErrors", async () => {
    const { client } = clientOf()
    const tooMany = await client.search({ hitsPerPage: 500 }).catch((e: unknown) => e)
    expect(tooMany).toBeInstanceOf(ProblemError)
    expect(tooMany).toMatchObject({
      status: 400,
      code: 'invalid-parameter',
      instance: '/search',
      invalidParams: [{ name: 'hitsPerPage', reason: 'Too big: expected number to be <=100' }],
    })
    const missing = await client.project('nope').catch((e: unknown) => e)
    expect(missing).toMatchObject({
      status: 404,
      code: 'not-found',
      title: 'Not found',
      detail: 'No project with id "nope"',
    })
  })
})
