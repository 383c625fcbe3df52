/**
 * `GET /stats` over the five seeds in a real Meilisearch. The expected sums are added up by
 * hand from the sheets ("Beviljat ESF-stöd", "Total projektbudget", the municipality lists):
 *   000  450 000 kr  Övre Norrland       Norrbotten + Västerbotten  2014
 *   001  3 806 584   Östra Mellansverige Örebro län                  2014
 *   002  652 091     Övre Norrland       Västerbotten                2011
 *   003  450 000     Övre Norrland       Västerbotten                2014
 *   004  674 537     Mellersta Norrland  Västernorrland              2014
 * Budgets equal grants in all five sheets.
 */
import { FACETS, type StatsResponse } from '@projektbank/model'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { problemOf } from './_fakes.js'
import { type SeededApi, startSeededApi } from './_seeded-api.js'

let api: SeededApi

beforeAll(async () => {
  api = await startSeededApi()
}, 180_000)

afterAll(async () => {
  await api?.stop()
})

async function stats(query: string): Promise<StatsResponse> {
  const res = await api.app.request(`/stats?${query}`)
  expect(res.status).toBe(200)
  return (await res.json()) as StatsResponse
}

const ALL = { count: 5, esfGrant: 6_033_212, totalBudget: 6_033_212 }

describe('GET /stats on the seeds', () => {
  test('groupBy=county: Västerbottens län has 3 projects and their grants summed by hand', async () => {
    const body = await stats('groupBy=county')
    expect(body.totals).toEqual(ALL)
    expect(body.totalHits).toBe(5)
    const vasterbotten = body.groups.find((g) => g.value === 'Västerbottens län')
    expect(vasterbotten).toEqual({
      value: 'Västerbottens län',
      count: 3,
      esfGrant: 450_000 + 652_091 + 450_000,
      totalBudget: 450_000 + 652_091 + 450_000,
    })
    expect(body.groups.find((g) => g.value === 'Norrbottens län')).toMatchObject({
      count: 1,
      esfGrant: 450_000,
    })
    // Project 000 is in two counties, so the groups add up to more than the total.
    const summed = body.groups.reduce((sum, g) => sum + g.esfGrant, 0)
    expect(summed).toBe(ALL.esfGrant + 450_000)
    // Largest ESF money first; every county's sum added up by hand.
    expect(body.groups.map((g) => [g.value, g.count, g.esfGrant])).toEqual([
      ['Örebro län', 1, 3_806_584],
      ['Västerbottens län', 3, 1_552_091],
      ['Västernorrlands län', 1, 674_537],
      ['Norrbottens län', 1, 450_000],
    ])
  })

  test('groupBy=region sorted by count, value and grant', async () => {
    const byGrant = await stats('groupBy=region')
    expect(byGrant.groups).toEqual([
      { value: 'Östra Mellansverige', count: 1, esfGrant: 3_806_584, totalBudget: 3_806_584 },
      { value: 'Övre Norrland', count: 3, esfGrant: 1_552_091, totalBudget: 1_552_091 },
      { value: 'Mellersta Norrland', count: 1, esfGrant: 674_537, totalBudget: 674_537 },
    ])
    const byCount = await stats('groupBy=region&sort=count')
    expect(byCount.groups.map((g) => g.value)).toEqual([
      'Övre Norrland',
      'Östra Mellansverige',
      'Mellersta Norrland',
    ])
    const byValue = await stats('groupBy=region&sort=value')
    expect(byValue.groups.map((g) => g.value)).toEqual([
      'Mellersta Norrland',
      'Östra Mellansverige',
      'Övre Norrland',
    ])
  })

  test('groupBy=year over a filter and a query', async () => {
    const filtered = await stats('groupBy=year&region=%C3%96vre%20Norrland&sort=value')
    expect(filtered.totals).toEqual({ count: 3, esfGrant: 1_552_091, totalBudget: 1_552_091 })
    expect(filtered.groups).toEqual([
      { value: '2011', count: 1, esfGrant: 652_091, totalBudget: 652_091 },
      { value: '2014', count: 2, esfGrant: 900_000, totalBudget: 900_000 },
    ])
    // `expert` finds 000 and 001 (the search page's test says so too).
    const searched = await stats('groupBy=region&q=expert')
    expect(searched.query).toBe('expert')
    expect(searched.totals).toEqual({ count: 2, esfGrant: 4_256_584, totalBudget: 4_256_584 })
    const search = await api.app.request('/search?q=expert&hitsPerPage=1')
    expect(((await search.json()) as { totalHits: number }).totalHits).toBe(2)
    const none = await stats('groupBy=county&region=Nowhere')
    expect(none).toEqual({
      query: '',
      reading: { searched: '', rewrites: [] },
      totalHits: 0,
      groupBy: 'county',
      groups: [],
      totals: { count: 0, esfGrant: 0, totalBudget: 0 },
    })
  })

  test('verbatim=true counts what /search and /export find searched exactly as typed', async () => {
    // `orebro` is read as Örebro (seed 001); typed verbatim no text has it.
    const read = await stats('groupBy=county&q=orebro')
    expect(read.totals).toEqual({ count: 1, esfGrant: 3_806_584, totalBudget: 3_806_584 })
    const verbatim = await stats('groupBy=county&q=orebro&verbatim=true')
    expect(verbatim.totals).toEqual({ count: 0, esfGrant: 0, totalBudget: 0 })
    const search = await api.app.request('/search?q=orebro&verbatim=true&hitsPerPage=0')
    expect(((await search.json()) as { totalHits: number }).totalHits).toBe(0)
    const exported = await api.app.request('/export?q=orebro&verbatim=true&format=ndjson')
    expect(exported.headers.get('x-total-hits')).toBe('0')
  })

  test('says how the query was read, as /search does', async () => {
    const read = await stats('groupBy=county&q=orebro')
    expect(read.reading).toEqual({
      searched: 'örebro',
      rewrites: [{ term: 'orebro', replacement: 'örebro', source: 'diacritics', kind: 'replaced' }],
    })
    const search = await api.app.request('/search?q=orebro&hitsPerPage=0')
    expect(((await search.json()) as StatsResponse).reading).toEqual(read.reading)
    const verbatim = await stats('groupBy=county&q=orebro&verbatim=true')
    expect(verbatim.reading).toEqual({ searched: 'orebro', rewrites: [] })
  })

  test.each(FACETS)('groupBy=%s: every project in its groups, totals once', async (facet) => {
    const body = await stats(`groupBy=${facet}`)
    expect(body.groupBy).toBe(facet)
    expect(body.totals).toEqual(ALL)
    const counted = body.groups.reduce((sum, g) => sum + g.count, 0)
    expect(counted).toBeGreaterThanOrEqual(5)
    for (const group of body.groups) {
      expect(group.count).toBeGreaterThan(0)
      expect(group.esfGrant).toBeLessThanOrEqual(ALL.esfGrant)
    }
    const grants = body.groups.filter((g) => g.value !== null).map((g) => g.esfGrant)
    expect(grants).toEqual([...grants].sort((a, b) => b - a))
  })

  test('format=xlsx: the groups as number cells under a header row, read back with ExcelJS', async () => {
    const res = await api.app.request('/stats?groupBy=county&format=xlsx')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="projektbank-stats-county-alla-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    )
    const named = await api.app.request(
      '/stats?groupBy=municipality&format=xlsx&q=%C3%B6rebro&year=2014',
    )
    expect(named.headers.get('content-disposition')).toMatch(
      /^attachment; filename="projektbank-stats-municipality-orebro-2014-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await res.arrayBuffer())
    const sheet = workbook.getWorksheet('Stats by county')
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'county',
      'count',
      'esfGrant',
      'totalBudget',
    ])
    const rows = (sheet?.getSheetValues() ?? []).slice(2)
    const vasterbotten = rows.find((row) => Array.isArray(row) && row[1] === 'Västerbottens län')
    expect(vasterbotten).toEqual([undefined, 'Västerbottens län', 3, 1_552_091, 1_552_091])
    expect(rows.at(-1)).toEqual([undefined, 'total (each project once)', 5, 6_033_212, 6_033_212])
    expect(sheet?.getCell('C2').numFmt).toBe('#,##0')
  })

  test('bad parameters are 400 problems naming them', async () => {
    const missing = await problemOf(await api.app.request('/stats'))
    expect(missing.invalidParams?.map((p) => p.name)).toEqual(['groupBy'])
    const unknown = await problemOf(await api.app.request('/stats?groupBy=title'))
    expect(unknown.status).toBe(400)
    const paged = await problemOf(await api.app.request('/stats?groupBy=year&page=2'))
    expect(paged.invalidParams).toEqual([{ name: 'page', reason: 'unknown parameter' }])
  })
})
