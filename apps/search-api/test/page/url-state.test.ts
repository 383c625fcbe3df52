import { describe, expect, test } from 'vitest'
import {
  exportFormatHref,
  exportHref,
  pageUrl,
  projectHash,
  projectIdFromHash,
  statsQuery,
  withFacetValue,
  withFormValues,
  withoutFilters,
  withPage,
  withVerbatimQuery,
} from '../../src/page/app/url-state.js'

const params = (query: string) => new URLSearchParams(query)

describe('page URL state', () => {
  test('the page URL is the query string, or the path when there is none', () => {
    expect(pageUrl(params('q=unga&region=%C3%96vre+Norrland'), '/')).toBe(
      '?q=unga&region=%C3%96vre+Norrland',
    )
    expect(pageUrl(params(''), '/sok/')).toBe('/sok/')
  })

  test('the export link keeps the filters and drops paging', () => {
    const state = params('q=unga&region=%C3%96vre+Norrland&page=2&hitsPerPage=2&facets=year')
    expect(exportHref(state, null)).toBe('export?q=unga&region=%C3%96vre+Norrland&format=csv')
    expect(exportHref(state, ';')).toBe(
      'export?q=unga&region=%C3%96vre+Norrland&format=csv&delimiter=%3B',
    )
  })

  test('a project fragment opens that project, round trip included', () => {
    expect(projectIdFromHash('#/projects/a-0399e62443b58d13')).toBe('a-0399e62443b58d13')
    expect(projectIdFromHash(projectHash('a/b ö'))).toBe('a/b ö')
    expect(projectHash('a/b')).toBe('#/projects/a%2Fb')
    expect(projectIdFromHash('#/projects/%E0%A4%A')).toBe('%E0%A4%A')
    for (const other of ['', '#filters', '#/projects/', '#/projects/a/b', '#/projects/a?x'])
      expect(projectIdFromHash(other)).toBe(null)
  })

  test('ticking a facet value ORs it with the others and goes back to page 1', () => {
    const state = params('q=unga&year=2014&page=3')
    expect(withFacetValue(state, 'year', '2011', true).toString()).toBe(
      'q=unga&year=2014&year=2011',
    )
    expect(withFacetValue(state, 'year', '2014', false).toString()).toBe('q=unga')
    // The input is left as it was.
    expect(state.toString()).toBe('q=unga&year=2014&page=3')
  })

  test('the form sets its values in place, drops empty ones and goes back to page 1', () => {
    const state = params('q=gammal&region=X&sort=title%3Aasc&page=2')
    const next = withFormValues(state, { q: 'unga', fields: '', sort: '', grantMin: '500000' })
    expect(next.toString()).toBe('q=unga&region=X&grantMin=500000')
  })

  test('page 1 has no page parameter; clearing filters keeps query, fields and sort', () => {
    expect(withPage(params('q=unga&page=2'), 1).toString()).toBe('q=unga')
    expect(withPage(params('q=unga'), 3).toString()).toBe('q=unga&page=3')
    expect(
      withoutFilters(params('region=X&q=unga&year=2014&sort=title%3Aasc&fields=goals')).toString(),
    ).toBe('q=unga&fields=goals&sort=title%3Aasc')
  })

  test('the statistics ask /stats for the same search, without paging and sort', () => {
    const state = params('q=unga&region=X&sort=title%3Aasc&page=2&hitsPerPage=5')
    expect(statsQuery(state, 'county')).toBe('q=unga&region=X&groupBy=county')
    expect(statsQuery(state, 'year', 'xlsx')).toBe('q=unga&region=X&groupBy=year&format=xlsx')
    expect(exportFormatHref(state, 'xlsx')).toBe(
      'export?q=unga&region=X&sort=title%3Aasc&format=xlsx',
    )
  })
})

describe('searching exactly as typed', () => {
  test('withVerbatimQuery sets verbatim, or searches a suggested query as read', () => {
    expect(withVerbatimQuery(params('q=orebro&page=2')).toString()).toBe('q=orebro&verbatim=true')
    expect(withVerbatimQuery(params('q=orebo&verbatim=true'), 'örebro').toString()).toBe(
      'q=%C3%B6rebro',
    )
  })

  test('a new query from the form is read afresh; the same query keeps verbatim', () => {
    expect(withFormValues(params('q=orebro&verbatim=true'), { q: 'umea' }).toString()).toBe(
      'q=umea',
    )
    expect(
      withFormValues(params('q=orebro&verbatim=true'), {
        q: 'orebro',
        sort: 'title:asc',
      }).toString(),
    ).toBe('q=orebro&verbatim=true&sort=title%3Aasc')
  })
})
