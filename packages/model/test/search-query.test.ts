import { describe, expect, test } from 'vitest'
import {
  ExportQuerySchema,
  FacetQuerySchema,
  QueryRewriteSchema,
  SearchQuerySchema,
} from '../src/index.js'

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

  test.each(['0x10', '1e1', ' 2', '2 ', '+2', '-0', '2.0', '١٢', ''])(
    'reads numbers as decimal digits only: page=%j is refused',
    (page) => {
      const issues = SearchQuerySchema.safeParse({ page }).error?.issues
      expect(issues?.map((i) => [i.path[0], i.message])).toEqual([
        ['page', 'must be a decimal integer (digits 0-9 only)'],
      ])
    },
  )

  test('decimal numbers and leading zeros are read as written; numbers pass as they are', () => {
    expect(
      SearchQuerySchema.parse({ page: '016', grantMin: '1000', year: ['2014', 2015] }),
    ).toMatchObject({
      page: 16,
      grantMin: 1000,
      year: [2014, 2015],
    })
  })

  test('a scalar parameter given twice is refused with a message that names it and says so', () => {
    for (const name of [
      'q',
      'page',
      'hitsPerPage',
      'sort',
      'fields',
      'facets',
      'grantMin',
      'startTo',
    ]) {
      const issues = SearchQuerySchema.safeParse({ [name]: ['1', '2'] }).error?.issues
      expect(issues?.map((i) => [i.path[0], i.message])).toEqual([
        [name, 'given 2 times; give it once'],
      ])
    }
    expect(SearchQuerySchema.parse({ region: ['a', 'b'] }).region).toEqual(['a', 'b'])
  })

  test('hitsPerPage=0 asks for counts only', () => {
    expect(SearchQuerySchema.parse({ hitsPerPage: '0' }).hitsPerPage).toBe(0)
  })
})

test('ExportQuerySchema defaults to comma-separated CSV and takes each option once', () => {
  expect(ExportQuerySchema.parse({})).toEqual({ sort: 'relevance', format: 'csv', delimiter: ',' })
  expect(ExportQuerySchema.safeParse({ format: ['csv', 'ndjson'] }).error?.issues[0]?.path).toEqual(
    ['format'],
  )
})

test('FacetQuerySchema keeps the facet prefix in q and the main query in query', () => {
  expect(FacetQuerySchema.parse({ q: 'um', query: 'unga' })).toEqual({ q: 'um', query: 'unga' })
})

describe('verbatim and the reading of a query', () => {
  test('verbatim accepts true/false/1/0 and nothing else', () => {
    expect(SearchQuerySchema.parse({ verbatim: 'true' }).verbatim).toBe(true)
    expect(SearchQuerySchema.parse({ verbatim: '0' }).verbatim).toBe(false)
    expect(SearchQuerySchema.parse({}).verbatim).toBeUndefined()
    expect(SearchQuerySchema.safeParse({ verbatim: 'yes' }).success).toBe(false)
  })

  test('a rewrite names its source and whether it replaced the term', () => {
    const rewrite = {
      term: 'orebro',
      replacement: 'örebro',
      source: 'diacritics',
      kind: 'replaced',
    }
    expect(QueryRewriteSchema.parse(rewrite)).toEqual(rewrite)
    expect(QueryRewriteSchema.safeParse({ ...rewrite, source: 'guess' }).success).toBe(false)
  })
})
