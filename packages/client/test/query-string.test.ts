import { ExportQuerySchema, FacetQuerySchema, SearchQuerySchema } from '@projektbank/model'
import { describe, expect, test } from 'vitest'
import { queryString } from '../src/_query-string.js'
import type { ExportParams, FacetParams, SearchParams } from '../src/params.js'

/** The query as the API's schemas see it: repeated names become lists, as Hono's `queries()`. */
function readBack(query: string): Record<string, string | string[]> {
  const read: Record<string, string | string[]> = {}
  for (const [name, value] of new URLSearchParams(query)) {
    const seen = read[name]
    read[name] = seen === undefined ? value : [seen, value].flat()
  }
  return read
}

describe('queryString', () => {
  test('encodes as the API requires: UTF-8, %20 for spaces, repeated filters, comma lists', () => {
    expect(
      queryString({
        q: 'unga vuxna & "psykisk ohälsa"',
        region: ['Övre Norrland', 'Sydsverige'],
        facets: ['region', 'county'],
        page: 2,
        verbatim: true,
        hitsPerPage: undefined,
      }),
    ).toBe(
      '?q=unga%20vuxna%20%26%20%22psykisk%20oh%C3%A4lsa%22&region=%C3%96vre%20Norrland&region=Sydsverige&facets=region%2Ccounty&page=2&verbatim=true',
    )
  })

  test('sends nothing for no parameters, an empty comma list, no empty repeated list', () => {
    expect(queryString({})).toBe('')
    expect(queryString({ region: [], facets: [] })).toBe('?facets=')
  })

  test('every /search parameter reads back through the model schema as it was given', () => {
    const params = {
      q: 'unga',
      verbatim: false,
      fields: ['goals', 'background'],
      region: ['Övre Norrland', 'Sydsverige'],
      county: 'Västerbottens län',
      municipality: ['Umeå'],
      programArea: 'Kompetensförsörjning',
      phase: 'Genomförande',
      owner: 'Umeå kommun',
      layout: ['A', 'C'],
      fund: 'ESF',
      targetGroup: ['unga'],
      year: [2014, 2015],
      startFrom: '2014-01-01',
      startTo: '2015-12-31',
      grantMin: 1000,
      grantMax: 5_000_000,
      budgetMin: 0,
      budgetMax: 9_000_000,
      sort: 'esfGrant:desc',
      page: 3,
      hitsPerPage: 0,
      facets: ['region'],
    } satisfies Required<SearchParams>
    const parsed = SearchQuerySchema.parse(readBack(queryString(params)))
    expect(parsed).toEqual({
      ...params,
      county: ['Västerbottens län'],
      programArea: ['Kompetensförsörjning'],
      phase: ['Genomförande'],
      owner: ['Umeå kommun'],
      fund: ['ESF'],
    })
  })

  test('/facets and /export parameters read back through their schemas', () => {
    const facet: FacetParams = { q: 'um', query: 'unga', region: 'Övre Norrland' }
    expect(FacetQuerySchema.parse(readBack(queryString(facet)))).toEqual({
      q: 'um',
      query: 'unga',
      region: ['Övre Norrland'],
    })
    const file: ExportParams = { format: 'csv', delimiter: ';', year: 2014 }
    expect(ExportQuerySchema.parse(readBack(queryString(file)))).toEqual({
      format: 'csv',
      delimiter: ';',
      year: [2014],
      sort: 'relevance',
    })
  })
})
