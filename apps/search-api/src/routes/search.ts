import { createRoute } from '@hono/zod-openapi'
import {
  FACETS,
  MAX_REACHABLE_HITS,
  reachablePages,
  SEARCH_FIELDS,
  SearchQuerySchema,
  SearchResponseSchema,
  STATS_ATTRIBUTES,
} from '@projektbank/model'
import { createRouter, type RouteDeps, upstreamSignal } from '../_router.js'
import { buildFilter } from '../filter.js'
import { problemResponses } from '../problems.js'
import { planSearch, toSearchHit } from '../search-plan.js'

const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  summary: 'Faceted full-text search',
  description:
    'Searches the project texts with the raw query and its Swedish analysis (lemmas, compound parts) in one federated Meilisearch request; returns a page of hits with highlighted snippets, facet counts over all matches and min/max of the amounts. `hitsPerPage=0` returns the counts only (`hits: []`, `totalPages: 0`).',
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
    // The schema keeps the page's start within reach; its end is cut at the same depth.
    const offset = (params.page - 1) * params.hitsPerPage
    // hitsPerPage=0 is a filter panel asking for counts: no page, so no texts and no snippets.
    const countsOnly = params.hitsPerPage === 0
    const request = planSearch({
      indexUid: deps.search.indexUid,
      query,
      fields: params.fields,
      filter: buildFilter(params),
      sort: params.sort,
      limit: Math.min(params.hitsPerPage, MAX_REACHABLE_HITS - offset),
      offset,
      facets,
      analysedWeight: deps.config.analysedWeight,
      ...(countsOnly ? { retrieve: ['id'] } : {}),
    })
    const parts = deps.searchInParts(request, upstreamSignal(deps.config))
    const fields = params.fields?.length ? params.fields : SEARCH_FIELDS
    // The snippets are built as soon as the hits are here, while Meilisearch may still be
    // counting facets (see parallel-facets.ts).
    const hits = parts.page.then((page) =>
      page.hits.map((doc) => toSearchHit(doc, query, fields, deps.analyzer)),
    )
    const [page, counted, searchHits] = await Promise.all([parts.page, parts.facets, hits])
    const distribution = counted.facetDistribution ?? {}
    const stats = counted.facetStats ?? {}
    const totalHits = page.estimatedTotalHits
    return c.json(
      {
        query: params.q ?? '',
        reading: query.reading,
        suggestion: null,
        page: params.page,
        hitsPerPage: params.hitsPerPage,
        totalHits,
        totalPages: countsOnly
          ? 0
          : Math.min(Math.ceil(totalHits / params.hitsPerPage), reachablePages(params.hitsPerPage)),
        processingTimeMs: Math.max(page.processingTimeMs, counted.processingTimeMs),
        hits: searchHits,
        facets: Object.fromEntries(facets.map((f) => [f, distribution[f] ?? {}])),
        facetStats: Object.fromEntries(
          STATS_ATTRIBUTES.flatMap((a) => {
            const s = stats[a]
            return s ? [[a, { min: s.min, max: s.max }]] : []
          }),
        ),
      },
      200,
    )
  })
}
