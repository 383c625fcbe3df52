import { createRoute } from '@hono/zod-openapi'
import {
  FACETS,
  type Facet,
  MAX_REACHABLE_HITS,
  reachablePages,
  SEARCH_FIELDS,
  type SearchHit,
  type SearchQuery,
  SearchQuerySchema,
  SearchResponseSchema,
  STATS_ATTRIBUTES,
} from '@projektbank/model'
import { createRouter, type RouteDeps, upstreamSignal } from '../_router.js'
import { planFacetCounts } from '../disjunctive-facets.js'
import { buildFilter } from '../filter.js'
import { problemResponses } from '../problems.js'
import { type SearchWay, searchAsShown } from '../search-as-shown.js'
import { COUNT_WINDOW, toSearchHit } from '../search-plan.js'

const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  summary: 'Faceted full-text search',
  description:
    'Searches the project texts with the raw query and its Swedish analysis (lemmas, compound parts) in one federated Meilisearch request; returns a page of hits with highlighted snippets, facet counts and min/max of the amounts. `hitsPerPage=0` returns the counts only (`hits: []`, `totalPages: 0`).\n\n' +
    '**Facet counts are disjunctive**, as a filter panel shows them: a facet with an active filter (e.g. `region=Övre Norrland`) counts its values with every filter *except its own*, so its other values show how many projects adding them (OR) would bring. Facets without a filter, `totalHits` and `facetStats` count the fully filtered result. One `/search` answers everything a filter panel shows.\n\n' +
    '**When nothing is found**, a respelling that finds something is offered as `suggestion` ("Menade du …?"); without one, the query is searched once more, looser: its pieces each on its own, any one of them enough (a one-word compound\'s parts, `rekryteringsproblem` → *rekrytering* or *problem*, without a part no text writes; each word or phrase of several), each read as if typed alone. If that finds something, those are the hits and `reading.rewrites` says so with one `looser` rewrite per piece (`term` the query as read, `replacement` the piece). `verbatim=true` never searches looser. A count alone (`hitsPerPage=0`) counts those hits, and `/facets/{facet}?query=`, `/export` and `/stats` decide the same way: they count, export and sum the projects this search shows.',
  request: { query: SearchQuerySchema },
  responses: {
    200: {
      description: 'A page of hits with facet counts',
      content: { 'application/json': { schema: SearchResponseSchema } },
    },
    ...problemResponses(400, 414, 429, 503, 504),
  },
})

/**
 * `GET /search`.
 *
 * @example
 * await app.request('/search?q=unga&region=Övre%20Norrland&facets=municipality')
 */
export function searchRoutes(deps: RouteDeps) {
  return createRouter().openapi(searchRoute, async (c) => {
    const params = c.req.valid('query')
    const query = deps.analyzer.analyzeQuery(params.q ?? '', { verbatim: params.verbatim })
    const facets = params.facets ?? [...FACETS]
    // hitsPerPage=0 is a filter panel asking for counts: no page, so no texts and no snippets.
    // It counts what the page shows, the looser search's hits included.
    const countsOnly = params.hitsPerPage === 0
    const { found, reading, suggestion } = await searchAsShown(
      deps,
      query,
      { q: params.q ?? '', verbatim: params.verbatim, filter: buildFilter(params) },
      (way) => runSearch(deps, params, facets, way),
      (searched) => searched.totalHits === 0,
    )
    const { totalHits } = found
    return c.json(
      {
        query: params.q ?? '',
        reading,
        suggestion,
        page: params.page,
        hitsPerPage: params.hitsPerPage,
        totalHits,
        totalPages: countsOnly
          ? 0
          : Math.min(Math.ceil(totalHits / params.hitsPerPage), reachablePages(params.hitsPerPage)),
        processingTimeMs: found.processingTimeMs,
        hits: found.hits,
        facets: Object.fromEntries(facets.map((f) => [f, found.distribution[f] ?? {}])),
        facetStats: Object.fromEntries(
          STATS_ATTRIBUTES.flatMap((a) => {
            const s = found.stats[a]
            return s ? [[a, { min: s.min, max: s.max }]] : []
          }),
        ),
      },
      200,
    )
  })
}

/** What one search of `/search` found: its page of hits and its counts. */
interface Found {
  totalHits: number
  processingTimeMs: number
  hits: SearchHit[]
  distribution: Record<string, Record<string, number>>
  stats: Record<string, { min: number; max: number }>
}

/**
 * One search of `/search` the way `way` searches: its page with snippets marking the way's
 * query, and its facet counts (each filtered facet in a request of its own, see
 * `planFacetCounts`).
 */
async function runSearch(
  deps: RouteDeps,
  params: SearchQuery,
  facets: readonly Facet[],
  way: SearchWay,
): Promise<Found> {
  // The schema keeps the page's start within reach; its end is cut at the same depth.
  const offset = (params.page - 1) * params.hitsPerPage
  const countsOnly = params.hitsPerPage === 0
  const marked = way.query
  const common = {
    indexUid: deps.search.indexUid,
    query: marked,
    fields: params.fields,
    sort: params.sort,
    analysedWeight: deps.config.analysedWeight,
  }
  // A count still ranks the default page, ids only, so that the score floors apply as on
  // that page (COUNT_WINDOW).
  const ranked = countsOnly
    ? { limit: COUNT_WINDOW, offset: 0 }
    : { limit: Math.min(params.hitsPerPage, MAX_REACHABLE_HITS - offset), offset }
  const { conjunctive, disjunctive } = planFacetCounts(
    params,
    facets,
    { ...common, ...ranked },
    way.plan,
  )
  const request = way.plan({
    ...common,
    ...ranked,
    filter: buildFilter(params),
    facets: conjunctive,
    ...(countsOnly ? { retrieve: ['id'] } : {}),
  })
  const parts = deps.searchInParts(
    request,
    upstreamSignal(deps.config),
    disjunctive.map((d) => d.request),
  )
  const fields = params.fields?.length ? params.fields : SEARCH_FIELDS
  // The snippets are built as soon as the hits are here, while Meilisearch may still be
  // counting facets (see parallel-facets.ts).
  const hits = parts.page.then((found) =>
    countsOnly ? [] : found.hits.map((doc) => toSearchHit(doc, marked, fields, deps.analyzer)),
  )
  const [page, counted, searchHits, ownCounts] = await Promise.all([
    parts.page,
    parts.facets,
    hits,
    parts.counts,
  ])
  const distribution = { ...counted.facetDistribution }
  disjunctive.forEach(({ facet }, i) => {
    distribution[facet] = ownCounts[i]?.facetDistribution?.[facet] ?? {}
  })
  return {
    totalHits: page.estimatedTotalHits,
    processingTimeMs: Math.max(
      page.processingTimeMs,
      counted.processingTimeMs,
      ...ownCounts.map((c) => c.processingTimeMs),
    ),
    hits: searchHits,
    distribution,
    stats: counted.facetStats ?? {},
  }
}
