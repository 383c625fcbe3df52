/**
 * A query that needs the looser search, over the five seeds in a real Meilisearch: no seed
 * says *tillgänglighetsbubbla*, so `/search` shows the four that say *tillgänglighet* (none
 * says *bubbla*, so the reading names *tillgänglighet* alone), and every other route that
 * counts, exports or sums the query's projects means those four too. From the sheets:
 *   000  450 000 kr  Övre Norrland       Arjeplog, Umeå …            tillgänglighet
 *   001  3 806 584   Östra Mellansverige Örebro                      tillgänglighet
 *   002  652 091     Övre Norrland       Umeå …                      tillgänglighet
 *   003  450 000     Övre Norrland       Umeå …                      tillgänglighet
 *   004  674 537     Mellersta Norrland  Västernorrland              —
 */
import type {
  FacetSearchResponse,
  QueryReading,
  SearchResponse,
  StatsResponse,
} from '@projektbank/model'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type SeededApi, startSeededApi } from './_seeded-api.js'

const ID = {
  s000: 'a-0399e62443b58d13',
  s001: 'a-0c5d66bdc64b6b59',
  s002: 'a-73124559d6c6c8b8',
  s003: 'a-aac7ad086613e3e8',
}

const Q = 'q=tillg%C3%A4nglighetsbubbla'

/** How `/search` reads it when it shows the four. */
const LOOSER: QueryReading = {
  searched: 'tillgänglighetsbubbla',
  rewrites: ['tillgänglighet'].map((replacement) => ({
    term: 'tillgänglighetsbubbla',
    replacement,
    source: 'looser' as const,
    kind: 'replaced' as const,
  })),
}

/** How it reads as typed, finding nothing. */
const AS_TYPED: QueryReading = { searched: 'tillgänglighetsbubbla', rewrites: [] }

let api: SeededApi

beforeAll(async () => {
  api = await startSeededApi()
}, 180_000)

afterAll(async () => {
  await api?.stop()
})

async function get(path: string): Promise<Response> {
  const res = await api.app.request(path)
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return res
}

const json = async <T>(path: string) => (await (await get(path)).json()) as T

const readingOf = (res: Response) =>
  JSON.parse(decodeURIComponent(res.headers.get('x-query-reading') ?? '')) as QueryReading

describe('/search shows the four, and counts them', () => {
  test('the page and a count alone: the same four, the same facet counts', async () => {
    const page = await json<SearchResponse>(`/search?${Q}&facets=region,municipality`)
    const counts = await json<SearchResponse>(
      `/search?${Q}&hitsPerPage=0&facets=region,municipality`,
    )
    expect(page.hits.map((hit) => hit.id)).toEqual([ID.s001, ID.s002, ID.s000, ID.s003])
    for (const body of [page, counts]) {
      expect(body.reading).toEqual(LOOSER)
      expect(body.totalHits).toBe(4)
      expect(body.facets.region).toEqual({ 'Övre Norrland': 3, 'Östra Mellansverige': 1 })
      expect(body.facets.municipality?.Umeå).toBe(3)
    }
    expect(counts.hits).toEqual([])
  })
})

describe('/facets/:facet?query= counts what /search shows', () => {
  test('each value with the four it holds, and the reading', async () => {
    expect(await json<FacetSearchResponse>(`/facets/region?query=${Q.slice(2)}`)).toMatchObject({
      values: [
        { value: 'Övre Norrland', count: 3 },
        { value: 'Östra Mellansverige', count: 1 },
      ],
      reading: LOOSER,
    })
    const um = await json<FacetSearchResponse>(`/facets/municipality?query=${Q.slice(2)}&q=um`)
    expect(um.values).toEqual([{ value: 'Umeå', count: 3 }])
  })

  test("with the facet's own filter: looser where /search is, as read where it is not", async () => {
    // Övre Norrland holds three of the four: /search goes looser, and the region counts leave
    // the region filter out, as its own disjunctive counts do.
    const north = '&region=%C3%96vre%20Norrland'
    const search = await json<SearchResponse>(`/search?${Q}${north}&facets=region`)
    const facet = await json<FacetSearchResponse>(`/facets/region?query=${Q.slice(2)}${north}`)
    expect(search.totalHits).toBe(3)
    expect(facet.values).toEqual([
      { value: 'Övre Norrland', count: 3 },
      { value: 'Östra Mellansverige', count: 1 },
    ])
    expect(Object.fromEntries(facet.values.map((v) => [v.value, v.count]))).toEqual(
      search.facets.region,
    )
    expect(facet.reading).toEqual(LOOSER)
    // Mellersta Norrland holds none of them: /search finds nothing there, not even looser.
    const middle = '&region=Mellersta%20Norrland'
    const none = await json<SearchResponse>(`/search?${Q}${middle}&facets=region`)
    const noneFacet = await json<FacetSearchResponse>(`/facets/region?query=${Q.slice(2)}${middle}`)
    expect([none.totalHits, none.facets.region, none.reading]).toEqual([0, {}, AS_TYPED])
    expect([noneFacet.values, noneFacet.reading]).toEqual([[], AS_TYPED])
  })
})

describe('/export exports what /search shows', () => {
  test('CSV: the four rows in the order of the page; the header says looser', async () => {
    const res = await get(`/export?${Q}&format=csv`)
    expect(res.headers.get('x-total-hits')).toBe('4')
    expect(readingOf(res)).toEqual(LOOSER)
    const rows = (await res.text()).trim().split('\r\n')
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual([
      ID.s001,
      ID.s002,
      ID.s000,
      ID.s003,
    ])
  })

  test('a workbook: the four, and its Query sheet names the pieces searched', async () => {
    const res = await get(`/export?${Q}&format=xlsx`)
    // Saved, the file is named after what it holds, not after a query that found nothing.
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="projektbank-tillganglighet-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await res.arrayBuffer())
    expect(workbook.getWorksheet('Projects')?.rowCount).toBe(1 + 4)
    const query = workbook.getWorksheet('Query')
    const rows = query
      ?.getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []))
    expect(rows).toEqual([
      ['what', 'value'],
      ['query', 'tillgänglighetsbubbla'],
      ['searched as', 'tillgänglighetsbubbla'],
      ['nothing matched it; projects matching any of', 'tillgänglighet'],
    ])
  })
})

describe('/stats sums what /search shows', () => {
  test('the four, by region, summed by hand', async () => {
    const body = await json<StatsResponse>(`/stats?${Q}&groupBy=region`)
    expect(body.reading).toEqual(LOOSER)
    expect(body.totalHits).toBe(4)
    expect(body.totals).toEqual({ count: 4, esfGrant: 5_358_675, totalBudget: 5_358_675 })
    expect(body.groups).toEqual([
      { value: 'Östra Mellansverige', count: 1, esfGrant: 3_806_584, totalBudget: 3_806_584 },
      { value: 'Övre Norrland', count: 3, esfGrant: 1_552_091, totalBudget: 1_552_091 },
    ])
    const workbook = await get(`/stats?${Q}&groupBy=region&format=xlsx`)
    expect(readingOf(workbook)).toEqual(LOOSER)
    expect(workbook.headers.get('content-disposition')).toMatch(
      /^attachment; filename="projektbank-stats-region-tillganglighet-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    )
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await workbook.arrayBuffer())
    expect(book.getWorksheet('Query')?.getRow(4).values).toEqual([
      undefined,
      'nothing matched it; projects matching any of',
      'tillgänglighet',
    ])
  })
})

describe('verbatim=true never goes looser, on any route', () => {
  test('nothing found, nothing counted, exported or summed', async () => {
    const exact = `${Q}&verbatim=true`
    const page = await json<SearchResponse>(`/search?${exact}&facets=region`)
    expect([page.totalHits, page.facets.region, page.reading]).toEqual([0, {}, AS_TYPED])
    const facet = await json<FacetSearchResponse>(`/facets/region?query=${exact.slice(2)}`)
    expect([facet.values, facet.reading]).toEqual([[], AS_TYPED])
    const file = await get(`/export?${exact}&format=ndjson`)
    expect(file.headers.get('content-disposition')).toMatch(
      /filename="projektbank-tillganglighetsbubbla-/,
    )
    expect([file.headers.get('x-total-hits'), readingOf(file), await file.text()]).toEqual([
      '0',
      AS_TYPED,
      '',
    ])
    const stats = await json<StatsResponse>(`/stats?${exact}&groupBy=region`)
    expect([stats.totals.count, stats.groups, stats.reading]).toEqual([0, [], AS_TYPED])
  })
})
