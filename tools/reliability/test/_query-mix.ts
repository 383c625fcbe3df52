/**
 * A realistic mix of API requests for the load test, drawn (deterministically, by seed) from
 * what the index really holds, so that filters select something and ids exist: free text in
 * Swedish (inflections, compound parts, phrases, exclusions), facet filters, years, grant and
 * budget ranges, start dates, sorting, paging, facet type-ahead and single projects. Every
 * request is valid: the load test counts any non-2xx answer as an error.
 */
import { FACETS, type Facet, reachablePages, SEARCH_FIELDS, SORT_OPTIONS } from '@projektbank/model'
import fc from 'fast-check'

/** What the mix is drawn from; see {@link describeIndex}. */
export interface IndexShape {
  /** Documents in the index. */
  documents: number
  /** Values of each text facet, as the index holds them. */
  facetValues: Partial<Record<TextFacet, string[]>>
  years: number[]
  grant: { min: number; max: number }
  /** Ids of existing projects. */
  ids: string[]
}

type TextFacet = Exclude<Facet, 'year'>
const TEXT_FACETS = FACETS.filter((facet): facet is TextFacet => facet !== 'year')

/**
 * What people type: words of the generated corpus's vocabulary, inflected forms of them
 * (`kommunerna`, `kommuner`), parts of compounds (`träning` in språkträning), phrases,
 * exclusions, misspellings and words that match nothing.
 */
const QUERIES = [
  'nyanlända',
  'kommun',
  'kommunerna',
  'träning',
  'språkträning',
  'validering',
  'arbetsgivare',
  'äldreomsorgen',
  'samverkan mellan myndigheter',
  'unga',
  'långtidsarbetslösa akademiker',
  'kompetens',
  'matchning',
  'utbildningar',
  'funktionsnedsättning',
  'tillgänglighet',
  'handledare',
  'jämställdhet',
  '"validering av yrkeskunskaper"',
  'bristyrken -transport',
  'unga -"varken arbetar eller studerar"',
  'arbetsmarknaden',
  'vägledning',
  'kompetenslyft',
  'socialfonden',
  'integrering',
  'samordningsförbundet',
  'arbetslösa',
  'språkträning på arbetsplatsen',
  'nystart',
  'kvinnor',
  'utrikes födda',
  'arbetsförmedlingen',
  'digitalisering',
  'projektet',
  'zxqv',
] as const

const SORTS = Object.keys(SORT_OPTIONS)

type Params = [string, string][]

/** `arbitrary`'s value in about one draw out of `oneIn`, else nothing. */
function oneIn<T>(oneIn: number, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary })
}

/** Kronor spread evenly over the range: fast-check's default bias would pick 0, 1, 2 … often. */
const kronor = (min: number, max: number) => fc.noBias(fc.integer({ min, max }))

function filters(shape: IndexShape): fc.Arbitrary<Params> {
  const withValues = TEXT_FACETS.filter((facet) => (shape.facetValues[facet]?.length ?? 0) > 0)
  const facetFilter = fc
    .constantFrom(...withValues)
    .chain((facet) =>
      fc
        .subarray(shape.facetValues[facet] ?? [], { minLength: 1, maxLength: 2 })
        .map((values): Params => values.map((value) => [facet, value])),
    )
  const { min, max } = shape.grant
  const grantRange = fc.oneof(
    kronor(min, max).map((low): Params => [['grantMin', String(low)]]),
    kronor(min, max).map((high): Params => [['grantMax', String(high)]]),
    fc.tuple(kronor(min, max), kronor(min, max)).map(
      ([a, b]): Params => [
        ['grantMin', String(Math.min(a, b))],
        ['grantMax', String(Math.max(a, b))],
      ],
    ),
  )
  const startRange = fc.tuple(fc.constantFrom(...shape.years), fc.integer({ min: 0, max: 3 })).map(
    ([year, span]): Params => [
      ['startFrom', `${year}-01-01`],
      ['startTo', `${year + span}-12-31`],
    ],
  )
  return fc
    .tuple(
      fc.oneof(
        { weight: 2, arbitrary: fc.constant([]) },
        { weight: 2, arbitrary: facetFilter },
        { weight: 1, arbitrary: fc.tuple(facetFilter, facetFilter).map(([a, b]) => [...a, ...b]) },
      ),
      oneIn(4, fc.subarray(shape.years, { minLength: 1, maxLength: 2 })),
      oneIn(6, grantRange),
      oneIn(
        10,
        kronor(min, max * 2).map((n): Params => [['budgetMin', String(n)]]),
      ),
      oneIn(8, startRange),
    )
    .map(([facets, years, grant, budget, start]) => [
      ...facets,
      ...(years ?? []).map((year): [string, string] => ['year', String(year)]),
      ...(grant ?? []),
      ...(budget ?? []),
      ...(start ?? []),
    ])
}

function searchRequest(shape: IndexShape, withText: boolean): fc.Arbitrary<string> {
  return (
    fc
      .record({
        q: withText
          ? fc.constantFrom(...QUERIES).map((q) => [['q', q]] as Params)
          : fc.constant([]),
        filters: filters(shape),
        sort: oneIn(3, fc.constantFrom(...SORTS)),
        page: fc.oneof(
          { weight: 12, arbitrary: fc.constant(1) },
          { weight: 3, arbitrary: fc.integer({ min: 2, max: 3 }) },
          { weight: 1, arbitrary: fc.integer({ min: 4, max: 30 }) },
        ),
        hitsPerPage: oneIn(4, fc.constantFrom(10, 50, 100)),
        facets: oneIn(3, fc.subarray([...FACETS], { maxLength: 3 })),
        fields: oneIn(6, fc.subarray([...SEARCH_FIELDS], { minLength: 1, maxLength: 3 })),
      })
      // Deep pages are a 400 by design (only the first MAX_REACHABLE_HITS results can be paged
      // to): the mix stays within reach, the hostile corpus covers the refusal.
      .map((r) => ({ ...r, page: Math.min(r.page, reachablePages(r.hitsPerPage ?? 20)) }))
      .map((r) =>
        url('/search', [
          ...r.q,
          ...r.filters,
          ...(r.sort ? [['sort', r.sort] as [string, string]] : []),
          ...(r.page > 1 ? [['page', String(r.page)] as [string, string]] : []),
          ...(r.hitsPerPage ? [['hitsPerPage', String(r.hitsPerPage)] as [string, string]] : []),
          ...(r.facets ? [['facets', r.facets.join(',')] as [string, string]] : []),
          ...(withText && r.fields ? [['fields', r.fields.join(',')] as [string, string]] : []),
        ]),
      )
  )
}

function facetSearchRequest(shape: IndexShape): fc.Arbitrary<string> {
  const withValues = TEXT_FACETS.filter((facet) => (shape.facetValues[facet]?.length ?? 0) > 0)
  return fc
    .constantFrom(...withValues)
    .chain((facet) =>
      fc.tuple(
        fc.constant(facet),
        fc.constantFrom(...(shape.facetValues[facet] ?? [])),
        fc.integer({ min: 0, max: 4 }),
        oneIn(3, fc.constantFrom(...QUERIES)),
      ),
    )
    .map(([facet, value, typed, query]) =>
      url(`/facets/${facet}`, [
        ['q', value.slice(0, typed).toLowerCase()],
        ...(query ? [['query', query] as [string, string]] : []),
      ]),
    )
}

function url(path: string, params: Params): string {
  const query = new URLSearchParams(params).toString()
  return query ? `${path}?${query}` : path
}

/**
 * `count` request targets, the same for the same shape and seed. Weights: half searches with
 * text, a sixth browsing with filters only, a sixth facet type-ahead, a sixth single projects.
 *
 * @example
 * const targets = sampleQueryMix(await describeIndex(api.url), 1000, 6)
 * targets[0] // '/search?q=kommunerna&region=Sydsverige&sort=esfGrant%3Adesc'
 */
export function sampleQueryMix(shape: IndexShape, count: number, seed: number): string[] {
  const request = fc.oneof(
    { weight: 3, arbitrary: searchRequest(shape, true) },
    { weight: 1, arbitrary: searchRequest(shape, false) },
    { weight: 1, arbitrary: facetSearchRequest(shape) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...shape.ids).map((id) => `/projects/${encodeURIComponent(id)}`),
    },
  )
  return fc.sample(request, { numRuns: count, seed })
}

interface SearchAnswer {
  totalHits: number
  hits: { id: string }[]
  facets: Partial<Record<Facet, Record<string, number>>>
  facetStats: { esfGrant?: { min: number; max: number } }
}

/**
 * Reads the facet values, years, grant range and some ids from the API itself.
 *
 * @example
 * const shape = await describeIndex('http://127.0.0.1:8787')
 * shape.ids.length // 300
 */
export async function describeIndex(apiUrl: string): Promise<IndexShape> {
  const get = async (target: string): Promise<SearchAnswer> => {
    const res = await fetch(`${apiUrl}${target}`)
    if (res.status !== 200) throw new Error(`GET ${target}: ${res.status} ${await res.text()}`)
    return (await res.json()) as SearchAnswer
  }
  const first = await get('/search?hitsPerPage=100')
  const ids = new Set(first.hits.map((hit) => hit.id))
  for (const sort of ['title:asc', 'esfGrant:desc']) {
    for (const hit of (await get(`/search?hitsPerPage=100&sort=${sort}&facets=`)).hits) {
      ids.add(hit.id)
    }
  }
  const facetValues: IndexShape['facetValues'] = {}
  for (const facet of TEXT_FACETS) facetValues[facet] = Object.keys(first.facets[facet] ?? {})
  const years = Object.keys(first.facets.year ?? {}).map(Number)
  const grant = first.facetStats.esfGrant ?? { min: 0, max: 10_000_000 }
  if (years.length === 0 || ids.size === 0) throw new Error(`the index at ${apiUrl} is empty`)
  return {
    documents: first.totalHits,
    facetValues,
    years,
    grant: { min: grant.min, max: grant.max },
    ids: [...ids],
  }
}
