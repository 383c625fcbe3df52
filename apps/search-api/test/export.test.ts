import ExcelJS from 'exceljs'
import { describe, expect, test } from 'vitest'
import { csvCell, csvRow } from '../src/csv.js'
import { EXPORT_COLUMNS } from '../src/export-rows.js'
import { UpstreamError } from '../src/meilisearch-gateway.js'
import { createFakeGateway, createTestApp, DOC_000 } from './_fakes.js'

const docs = Array.from({ length: 7 }, (_, i) => ({
  ...DOC_000,
  id: `p${i}`,
  title: i === 0 ? 'Say "hej"; now, please' : `Project ${i}`,
  owner: i === 1 ? '=HYPERLINK("x")' : DOC_000.owner,
  esfGrant: i === 2 ? null : 1000 * i,
}))

describe('csv', () => {
  test('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain', ',')).toBe('plain')
    expect(csvCell('a,b', ',')).toBe('"a,b"')
    expect(csvCell('a,b', ';')).toBe('a,b')
    expect(csvCell('a;b', ';')).toBe('"a;b"')
    expect(csvCell('say "hi"', ',')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines', ',')).toBe('"two\nlines"')
    expect(csvCell('=1+1', ',')).toBe("'=1+1")
    expect(csvCell('-5', ',')).toBe("'-5")
    expect(csvCell(-5, ',')).toBe('-5')
    expect(csvCell(null, ',')).toBe('')
    expect(csvRow(['a', 1, null], ';')).toBe('a;1;\r\n')
  })
})

describe('GET /export', () => {
  test('CSV: BOM, header row, every match from one Meilisearch request, attachment', async () => {
    const fake = createFakeGateway({ docs })
    const { app, calls } = createTestApp({ exportPageSize: 3 }, fake)
    const res = await app.request('/export?region=%C3%96vre%20Norrland&delimiter=%3B')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="projektbank-ovre-norrland-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    expect(res.headers.get('x-total-hits')).toBe('7')
    expect(res.headers.get('x-export-capped')).toBe('false')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n')
    expect(lines[0]).toBe(
      'id;title;owner;region;counties;municipalities;programArea;phase;start;end;esfGrant;totalBudget;targetGroups;layout;contactName',
    )
    expect(lines[1]).toBe(
      'p0;"Say ""hej""; now, please";APeL Forskning och utveckling;Övre Norrland;Norrbottens län, Västerbottens län;Arjeplog, Umeå;2007–2013: 2 Ökat arbetskraftsutbud;Genomförande;2014-04-01;2014-10-31;0;450000;funktionsnedsatta;A;',
    )
    expect(lines[2]?.split(';')[2]).toBe(`"'=HYPERLINK(""x"")"`)
    expect(lines[3]?.split(';')[10]).toBe('')
    expect(lines).toHaveLength(9) // header + 7 rows + '' after the last CRLF
    // One request up to the cap, not pages with growing offsets (each of which would make
    // Meilisearch read every earlier row again); the body still streams in chunks of 3. With
    // no query nothing is ranked: the documents endpoint reads the filtered rows.
    expect(calls.documents.map((r) => [r.offset, r.limit, r.filter])).toEqual([
      [0, 10_000, 'region IN ["Övre Norrland"]'],
    ])
    expect(calls.federated).toEqual([])
  })

  test('with a query, one federated search up to the cap ranks the rows', async () => {
    const fake = createFakeGateway({ docs })
    const { app, calls } = createTestApp({}, fake)
    const res = await app.request('/export?q=unga&region=%C3%96vre%20Norrland')
    expect(res.status).toBe(200)
    expect((await res.text()).trimEnd().split('\r\n')).toHaveLength(1 + 7)
    expect(calls.documents).toEqual([])
    expect(calls.federated.map((r) => [r.federation.offset, r.federation.limit])).toEqual([
      [0, 10_000],
    ])
    expect(calls.federated[0]?.federation.facetsByIndex).toBeUndefined()
    expect(calls.federated[0]?.queries[0]?.filter).toBe('region IN ["Övre Norrland"]')
  })

  test('a sorted export with no query is sorted by the documents endpoint', async () => {
    const fake = createFakeGateway({ docs })
    const { app, calls } = createTestApp({}, fake)
    await (await app.request('/export?sort=startDate:desc')).text()
    expect(calls.documents[0]?.sort).toEqual(['startTimestamp:desc'])
    expect(calls.documents[0]?.filter).toBeUndefined()
  })

  test('a key that may not read documents gets the same rows through a search', async () => {
    const fake = createFakeGateway({ docs })
    const forbidden = async (): Promise<never> => {
      throw new UpstreamError('rejected', 'invalid_api_key: The provided API key is invalid.', {
        code: 'invalid_api_key',
        status: 403,
      })
    }
    const { app, calls } = createTestApp(
      {},
      { ...fake, gateway: { ...fake.gateway, fetchDocuments: forbidden } },
    )
    const res = await app.request('/export?format=ndjson&region=%C3%96vre%20Norrland')
    expect(res.status).toBe(200)
    expect(res.headers.get('x-total-hits')).toBe('7')
    const ids = (await res.text())
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).id)
    expect(ids).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6'])
    expect(calls.federated[0]?.queries[0]?.filter).toBe('region IN ["Övre Norrland"]')
  })

  test('NDJSON: one JSON record per line with list columns as arrays', async () => {
    const { app } = createTestApp({}, createFakeGateway({ docs }))
    const res = await app.request('/export?format=ndjson')
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8')
    const lines = (await res.text()).trimEnd().split('\n')
    expect(lines).toHaveLength(7)
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      id: 'p0',
      title: 'Say "hej"; now, please',
      owner: 'APeL Forskning och utveckling',
      region: 'Övre Norrland',
      counties: ['Norrbottens län', 'Västerbottens län'],
      municipalities: ['Arjeplog', 'Umeå'],
      programArea: '2007–2013: 2 Ökat arbetskraftsutbud',
      phase: 'Genomförande',
      start: '2014-04-01',
      end: '2014-10-31',
      esfGrant: 0,
      totalBudget: 450000,
      targetGroups: ['funktionsnedsatta'],
      layout: 'A',
      contactName: null,
    })
  })

  test('stops at the cap and says so in the headers', async () => {
    const fake = createFakeGateway({ docs })
    const { app, calls } = createTestApp({ exportCap: 4, exportPageSize: 3 }, fake)
    const res = await app.request('/export?format=ndjson')
    expect(res.headers.get('x-export-cap')).toBe('4')
    expect(res.headers.get('x-export-capped')).toBe('true')
    expect(
      (await res.text())
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['p0', 'p1', 'p2', 'p3'])
    expect(calls.documents.map((r) => r.limit)).toEqual([4])
  })

  test('an empty result is just the header row', async () => {
    const { app } = createTestApp({}, createFakeGateway({ docs: [] }))
    const bytes = await (await app.request('/export')).arrayBuffer()
    // Response.text() would drop the BOM, so decode with ignoreBOM.
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFFid,title,owner,region,counties,municipalities,programArea,phase,start,end,esfGrant,totalBudget,targetGroups,layout,contactName\r\n',
    )
  })
})

describe('export file names say which search they hold', () => {
  const today = () => new Date().toISOString().slice(0, 10)

  test.each([
    ['q=%C3%96rebro&format=csv', 'projektbank-orebro-{date}.csv'],
    ['q=unga%20-covid&year=2019&format=ndjson', 'projektbank-unga-utan-covid-2019-{date}.ndjson'],
    ['format=xlsx', 'projektbank-alla-{date}.xlsx'],
    [
      'q=%22..%2F..%2Fetc%22&grantMin=100000&format=csv',
      'projektbank-etc-bidrag-fran-100000-{date}.csv',
    ],
  ])('/export?%s saves as %s', async (query, name) => {
    const { app } = createTestApp({}, createFakeGateway({ docs }))
    const before = today()
    const res = await app.request(`/export?${query}`)
    expect(res.status).toBe(200)
    // Around midnight the date may turn during the request.
    const names = [before, today()].map((date) => name.replace('{date}', date))
    expect(names.map((n) => `attachment; filename="${n}"`)).toContain(
      res.headers.get('content-disposition'),
    )
  })
})

describe('GET /export?format=xlsx', () => {
  test('a Projects sheet: header row, number cells for amounts, date cells for dates', async () => {
    const fake = createFakeGateway({ docs })
    const { app, calls } = createTestApp({ exportPageSize: 3 }, fake)
    const res = await app.request('/export?format=xlsx&region=%C3%96vre%20Norrland')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="projektbank-ovre-norrland-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    )
    expect(res.headers.get('x-total-hits')).toBe('7')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await res.arrayBuffer())
    const sheet = workbook.getWorksheet('Projects')
    // The contact person's name follows, as PUBLIC_CONTACT publishes it by default.
    expect(sheet?.getRow(1).values).toEqual([undefined, ...EXPORT_COLUMNS, 'contactName'])
    expect(sheet?.rowCount).toBe(1 + 7)
    const first = sheet?.getRow(2)
    expect(first?.getCell(1).value).toBe('p0')
    expect(first?.getCell(2).value).toBe('Say "hej"; now, please')
    expect(first?.getCell(9).value).toEqual(new Date('2014-04-01T00:00:00Z'))
    expect(first?.getCell(9).numFmt).toBe('yyyy-mm-dd')
    expect(first?.getCell(12).value).toBe(450000)
    expect(first?.getCell(12).numFmt).toBe('#,##0')
    // A formula-looking owner stays text; a missing grant is an empty cell.
    expect(sheet?.getRow(3).getCell(3).value).toBe('=HYPERLINK("x")')
    expect(sheet?.getRow(3).getCell(3).type).toBe(ExcelJS.ValueType.String)
    expect(sheet?.getRow(4).getCell(11).value).toBe(null)
    expect(sheet?.getRow(5).getCell(11).value).toBe(3000)
    // Every row from one request, as for CSV and NDJSON.
    expect(calls.documents.map((r) => [r.offset, r.limit])).toEqual([[0, 10_000]])
  })
})
