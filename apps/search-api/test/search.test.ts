import { FACETS } from '@projektbank/model'
import { describe, expect, test } from 'vitest'
import { createTestApp } from './_fakes.js'

const RAW = [
  'title',
  'owner',
  'partners',
  'summary',
  'goals',
  'purpose',
  'background',
  'accessibility',
  'genderEquality',
  'transnational',
  'otherSections',
  'actors',
  'municipality',
  'county',
  'region',
  'id',
]

async function searchFor(path: string) {
  const { app, calls } = createTestApp()
  const res = await app.request(path)
  expect(res.status).toBe(200)
  const request = calls.federated[0]
  if (!request) throw new Error('no federated search was sent')
  return { body: await res.json(), request, queries: request.queries }
}

describe('GET /search', () => {
  test('empty q browses everything with all facets and the amount stats', async () => {
    const { body, request, queries } = await searchFor('/search')
    expect(queries).toHaveLength(1)
    expect(queries[0]).toMatchObject({ indexUid: 'projects', q: '', sort: [] })
    expect(queries[0]?.filter).toBeUndefined()
    expect(request.federation).toEqual({
      limit: 20,
      offset: 0,
      facetsByIndex: { projects: [...FACETS, 'esfGrant', 'totalBudget'] },
      mergeFacets: {},
    })
    expect(body).toMatchObject({
      query: '',
      page: 1,
      hitsPerPage: 20,
      totalHits: 1,
      totalPages: 1,
      processingTimeMs: 3,
      facetStats: { esfGrant: { min: 450000, max: 450000 }, totalBudget: { min: 1, max: 2 } },
    })
    expect(Object.keys(body.facets)).toEqual([...FACETS])
    expect(body.facets.region).toEqual({ 'Övre Norrland': 1 })
    expect(body.facets.county).toEqual({})
    expect(body.hits[0]).toEqual({
      id: '000',
      title: 'Socialfonden i de regionala kompetensplattformarna',
      owner: 'APeL Forskning och utveckling',
      region: 'Övre Norrland',
      programArea: '2007–2013: 2 Ökat arbetskraftsutbud',
      phase: 'Genomförande',
      period: { start: '2014-04-01', end: '2014-10-31' },
      esfGrant: 450000,
      totalBudget: 450000,
      municipalities: ['Arjeplog', 'Umeå'],
      targetGroups: ['funktionsnedsatta'],
      snippets: {},
    })
  })

  test('q searches the raw texts with weight 1; phrases and exclusions pass through', async () => {
    const { body, queries } = await searchFor(
      `/search?q=${encodeURIComponent('"regionala kompetens" expert -bakgrund')}`,
    )
    expect(body.query).toBe('"regionala kompetens" expert -bakgrund')
    expect(queries[0]).toMatchObject({
      q: '"regionala kompetens" expert -bakgrund',
      attributesToSearchOn: RAW,
      federationOptions: { weight: 1 },
    })
  })

  test('fields restricts the searched texts and the snippets', async () => {
    const { body, queries } = await searchFor('/search?q=medverkan&fields=accessibility,goals')
    expect(queries[0]?.attributesToSearchOn).toEqual(['accessibility', 'goals'])
    expect(queries[0]?.attributesToRetrieve).toContain('accessibility')
    expect(queries[0]?.attributesToRetrieve).not.toContain('summary')
    expect(body.hits[0].snippets).toEqual({
      accessibility:
        'I budget har avsatts medel för <mark>medverkan</mark> av tillgänglighetsexpert som kan ge stöd.',
    })
  })

  test('snippets are HTML-escaped', async () => {
    const { body } = await searchFor('/search?q=uppdrag&fields=background')
    expect(body.hits[0].snippets.background).toBe(
      'De regionalt utvecklingsansvariga organisationerna fick i <mark>uppdrag</mark> &#60;b&#62;…&#60;/b&#62;',
    )
  })

  test.each([
    ['region=%C3%96vre%20Norrland&region=Sydsverige', 'region IN ["Övre Norrland", "Sydsverige"]'],
    ['county=V%C3%A4sterbottens%20l%C3%A4n', 'county IN ["Västerbottens län"]'],
    ['municipality=Ume%C3%A5', 'municipality IN ["Umeå"]'],
    ['programArea=2007%E2%80%932013%3A%202', 'programArea IN ["2007–2013: 2"]'],
    ['phase=Genomf%C3%B6rande', 'phase IN ["Genomförande"]'],
    ['owner=APeL', 'owner IN ["APeL"]'],
    ['layout=A&layout=D', 'layout IN ["A", "D"]'],
    ['fund=ESF%2B', 'fund IN ["ESF+"]'],
    ['targetGroup=unga', 'targetGroup IN ["unga"]'],
    ['year=2014&year=2015', 'year IN [2014, 2015]'],
    ['startFrom=2014-01-01', 'startTimestamp >= 1388534400'],
    ['startTo=2014-12-31', 'startTimestamp <= 1419984000'],
    ['grantMin=100000', 'esfGrant >= 100000'],
    ['grantMax=500000', 'esfGrant <= 500000'],
    ['budgetMin=1', 'totalBudget >= 1'],
    ['budgetMax=900000', 'totalBudget <= 900000'],
    [
      'region=Sydsverige&year=2014&grantMin=5&layout=B',
      'region IN ["Sydsverige"] AND layout IN ["B"] AND year IN [2014] AND esfGrant >= 5',
    ],
  ])('filter %s', async (query, filter) => {
    const { queries } = await searchFor(`/search?q=x&${query}`)
    expect(queries.map((q) => q.filter)).toEqual([filter])
  })

  test.each([
    ['relevance', []],
    ['esfGrant:desc', ['esfGrant:desc']],
    ['totalBudget:asc', ['totalBudget:asc']],
    ['startDate:desc', ['startTimestamp:desc']],
    ['endDate:asc', ['endTimestamp:asc']],
    ['title:asc', ['title:asc']],
  ])('sort=%s', async (sort, expected) => {
    const { queries } = await searchFor(`/search?sort=${sort}`)
    expect(queries[0]?.sort).toEqual(expected)
  })

  test('page and hitsPerPage become offset and limit', async () => {
    const { body, request } = await searchFor('/search?page=3&hitsPerPage=7')
    expect(request.federation).toMatchObject({ limit: 7, offset: 14 })
    expect(body).toMatchObject({ page: 3, hitsPerPage: 7, totalPages: 1 })
  })

  test('facets chooses the distributions; an empty list asks only for the stats', async () => {
    const some = await searchFor('/search?facets=municipality,year')
    expect(some.request.federation.facetsByIndex).toEqual({
      projects: ['municipality', 'year', 'esfGrant', 'totalBudget'],
    })
    expect(Object.keys(some.body.facets)).toEqual(['municipality', 'year'])
    const none = await searchFor('/search?facets=')
    expect(none.body.facets).toEqual({})
  })

  test('hitsPerPage=0 answers the counts only, asking Meilisearch for no texts', async () => {
    const { body, request, queries } = await searchFor('/search?q=medverkan&hitsPerPage=0&page=4')
    // The default page is ranked (ids only), so that score floors count as on that page.
    expect(request.federation).toMatchObject({ limit: 20, offset: 0 })
    expect(queries.map((q) => q.attributesToRetrieve)).toEqual([['id']])
    expect(body).toMatchObject({
      page: 4,
      hitsPerPage: 0,
      totalHits: 1,
      totalPages: 0,
      hits: [],
      facetStats: { esfGrant: { min: 450000, max: 450000 } },
    })
    expect(body.facets.region).toEqual({ 'Övre Norrland': 1 })
  })
})
