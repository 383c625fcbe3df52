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
import { planLooserSearch, readLooserSearch } from '../looser-search.js'
import type { FederatedSearchRequest } from '../meilisearch-gateway.js'
import { problemResponses } from '../problems.js'
import type { AnalysedQuery } from '../search-analyzer.js'
import { COUNT_WINDOW, planSearch, type SearchPlanInput, toSearchHit } from '../search-plan.js'

const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  summary: 'Faceted full-text search',
  description:
    'Searches the project texts with the raw query and its Swedish analysis (lemmas, compound parts) in one federated Meilisearch request; returns a page of hits with highlighted snippets, facet counts and min/max of the amounts. `hitsPerPage=0` returns the counts only (`hits: []`, `totalPages: 0`).\n\n' +
    '**Facet counts are disjunctive**, as a filter panel shows them: a facet with an active filter (e.g. `region=Övre Norrland`) counts its values with every filter *except its own*, so its other values show how many projects adding them (OR) would bring. Facets without a filter, `totalHits` and `facetStats` count the fully filtered result. One `/search` answers everything a filter panel shows.\n\n' +
    "**When nothing is found**, the query is searched once more, looser: its pieces each on its own, any one of them enough (a one-word compound's parts, `rekryteringsproblem` → *rekrytering* or *problem*; each word or phrase of several), each read as if typed alone. If that finds something, those are the hits and `reading.rewrites` says so with one `looser` rewrite per piece (`term` the query as read, `replacement` the piece); otherwise `suggestion` may offer a query that finds something. `verbatim=true` never searches looser.",
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
    const countsOnly = params.hitsPerPage === 0
    const search = (plan: Planner, marked: AnalysedQuery) =>
      runSearch(deps, params, facets, plan, marked)
    let found = await search(planSearch, query)
    let reading = query.reading
    let suggestion: string | null = null
    if (found.totalHits === 0 && query.hasPositiveTerms && !countsOnly) {
      // Nothing found: "Menade du …?" first, a respelling being a surer answer than the parts
      // of a word that may be misspelt; else the query's pieces, any one enough.
      suggestion = await suggestQuery(deps, params.q ?? '', buildFilter(params))
      const looser =
        suggestion === null && !params.verbatim ? readLooserSearch(deps.analyzer, query) : undefined
      if (looser) {
        const loose = await search((input) => planLooserSearch(looser.pieces, input), looser.marked)
        if (loose.totalHits > 0) {
          found = loose
          reading = looser.reading
        }
      }
    }
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

/** Plans one federated search of `/search` from everything but the query. */
type Planner = (input: SearchPlanInput) => FederatedSearchRequest

/** What one search of `/search` found: its page of hits and its counts. */
interface Found {
  totalHits: number
  processingTimeMs: number
  hits: SearchHit[]
  distribution: Record<string, Record<string, number>>
  stats: Record<string, { min: number; max: number }>
}

/**
 * One search of `/search`: the federated request `plan` makes, with its facet counts (each
 * filtered facet in a request of its own, see `planFacetCounts`), and snippets marking
 * `marked`.
 */
async function runSearch(
  deps: RouteDeps,
  params: SearchQuery,
  facets: readonly Facet[],
  plan: Planner,
  marked: AnalysedQuery,
): Promise<Found> {
  // The schema keeps the page's start within reach; its end is cut at the same depth.
  const offset = (params.page - 1) * params.hitsPerPage
  const countsOnly = params.hitsPerPage === 0
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
    plan,
  )
  const request = plan({
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

/**
 * Candidates tried per suggestion: the query as read, with every word respelled, with the
 * unknown words replaced, and without the words still unknown.
 */
const MAX_SUGGESTIONS_TRIED = 4

/**
 * The first of the analyser's suggestions that finds something with the same filters, or
 * null. Asked only when a search found nothing, one small query per candidate (at most
 * {@link MAX_SUGGESTIONS_TRIED}).
 */
async function suggestQuery(deps: RouteDeps, q: string, filter: string): Promise<string | null> {
  for (const candidate of deps.analyzer.suggest?.(q).slice(0, MAX_SUGGESTIONS_TRIED) ?? []) {
    const request = planSearch({
      indexUid: deps.search.indexUid,
      // As the page links it: searched exactly as suggested.
      query: deps.analyzer.analyzeQuery(candidate, { verbatim: true }),
      fields: undefined,
      filter,
      sort: 'relevance',
      limit: 1,
      offset: 0,
      facets: [],
      analysedWeight: deps.config.analysedWeight,
      retrieve: ['id'],
      withStats: false,
    })
    const found = await deps.search.federatedSearch(request, upstreamSignal(deps.config))
    if (found.estimatedTotalHits > 0) return candidate
  }
  return null
}
