import { describe, expect, test } from 'vitest'
import { ExportQuerySchema, FacetQuerySchema, SearchQuerySchema } from '../src/index.js'

describe('SearchQuerySchema', () => {
  test('fills defaults and turns single values into lists', () => {
    expect(SearchQuerySchema.parse({ region: 'Övre Norrland', year: '2014' })).toEqual({
      region: ['Övre Norrland'],
      year: [2014],
      sort: 'relevance',
      page: 1,
      hitsPerPage: 20,
    })
  })

  test('parses comma lists against the allow-lists', () => {
    const query = SearchQuerySchema.parse({ fields: 'background, goals', facets: '' })
    expect(query.fields).toEqual(['background', 'goals'])
    expect(query.facets).toEqual([])
    expect(SearchQuerySchema.safeParse({ fields: 'background,project' }).success).toBe(false)
  })

  test('rejects unknown parameters, bad numbers and inverted ranges, naming them', () => {
    const paths = (input: Record<string, unknown>) =>
      SearchQuerySchema.safeParse(input).error?.issues.map((i) => i.path[0] ?? i.code)
    expect(paths({ qq: 'x' })).toEqual(['unrecognized_keys'])
    expect(paths({ hitsPerPage: '101' })).toEqual(['hitsPerPage'])
    expect(paths({ page: '0' })).toEqual(['page'])
    expect(paths({ grantMin: '10', grantMax: '5' })).toEqual(['grantMin'])
    expect(paths({ startFrom: '2014-13-01' })).toEqual(['startFrom'])
    expect(paths({ q: 'x'.repeat(513) })).toEqual(['q'])
  })
})

test('ExportQuerySchema defaults to comma-separated CSV', () => {
  expect(ExportQuerySchema.parse({})).toEqual({ sort: 'relevance', format: 'csv', delimiter: ',' })
})

test('FacetQuerySchema keeps the facet prefix in q and the main query in query', () => {
  expect(FacetQuerySchema.parse({ q: 'um', query: 'unga' })).toEqual({ q: 'um', query: 'unga' })
})
