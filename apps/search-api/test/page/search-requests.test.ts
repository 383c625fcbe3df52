import { SearchQuerySchema } from '@projektbank/model'
import { describe, expect, test } from 'vitest'
import { searchParamsOf, searchRequest } from '../../src/page/app/search-requests.js'
import { PAGE_CONFIG } from '../../src/page/page-config.js'

const ALL_FACETS = 'region%2Ccounty%2Cmunicipality%2CprogramArea%2Cphase%2Cyear%2CtargetGroup'

describe('searchRequest', () => {
  test('one search for hits and every facet, at the configured page size', () => {
    expect(searchRequest(new URLSearchParams('q=unga'), PAGE_CONFIG)).toBe(
      `q=unga&facets=${ALL_FACETS}&hitsPerPage=10`,
    )
  })

  test('filtered facets need no request of their own: the API counts them disjunctively', () => {
    const params = new URLSearchParams(
      'q=unga&region=%C3%96vre+Norrland&year=2011&year=2014&sort=title%3Aasc&page=2&hitsPerPage=5',
    )
    expect(searchRequest(params, PAGE_CONFIG)).toBe(
      `q=unga&region=%C3%96vre+Norrland&year=2011&year=2014&sort=title%3Aasc&page=2&hitsPerPage=5&facets=${ALL_FACETS}`,
    )
  })

  test('parameters the API does not know are left out: utm_*, fbclid, anything else', () => {
    const params = new URLSearchParams(
      'utm_source=nyhetsbrev&q=unga&fbclid=IwAR0x&utm_medium=email&gclid=1&region=Sydsverige&ref=x',
    )
    expect(searchRequest(params, PAGE_CONFIG)).toBe(
      `q=unga&region=Sydsverige&facets=${ALL_FACETS}&hitsPerPage=10`,
    )
  })
})

test('searchParamsOf keeps repeated values and their order', () => {
  const params = new URLSearchParams('year=2014&x=1&year=2011')
  expect(searchParamsOf(params, ['year']).toString()).toBe('year=2014&year=2011')
})

test('the page knows exactly the parameters of /search', () => {
  expect(PAGE_CONFIG.searchParams).toContain('q')
  expect(PAGE_CONFIG.searchParams).toContain('targetGroup')
  expect(PAGE_CONFIG.searchParams).not.toContain('utm_source')
  expect(PAGE_CONFIG.searchParams).toEqual(Object.keys(SearchQuerySchema.shape))
})
