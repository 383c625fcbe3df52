import { describe, expect, test } from 'vitest'
import { searchRequests } from '../../src/page/app/search-requests.js'
import { PAGE_CONFIG } from '../../src/page/page-config.js'

const ALL_FACETS = 'region%2Ccounty%2Cmunicipality%2CprogramArea%2Cphase%2Cyear%2CtargetGroup'

describe('searchRequests', () => {
  test('no filter: one search for hits and every facet, at the configured page size', () => {
    expect(searchRequests(new URLSearchParams('q=unga'), PAGE_CONFIG)).toEqual({
      main: `q=unga&facets=${ALL_FACETS}&hitsPerPage=10`,
      perFacet: [],
    })
  })

  test('each filtered facet is counted again without its own filter, paging and sort', () => {
    const params = new URLSearchParams(
      'q=unga&region=%C3%96vre+Norrland&year=2011&year=2014&sort=title%3Aasc&page=2&hitsPerPage=5',
    )
    expect(searchRequests(params, PAGE_CONFIG)).toEqual({
      main: `q=unga&region=%C3%96vre+Norrland&year=2011&year=2014&sort=title%3Aasc&page=2&hitsPerPage=5&facets=${ALL_FACETS}`,
      perFacet: [
        { facet: 'region', query: 'q=unga&year=2011&year=2014&facets=region&hitsPerPage=1' },
        {
          facet: 'year',
          query: 'q=unga&region=%C3%96vre+Norrland&facets=year&hitsPerPage=1',
        },
      ],
    })
  })
})
