import { createRoute, z } from '@hono/zod-openapi'
import {
  FACETS,
  type Facet,
  type FacetQuery,
  FacetQuerySchema,
  FacetSearchResponseSchema,
  type QueryReading,
} from '@projektbank/model'
import { createRouter, type RouteDeps, upstreamSignal } from '../_router.js'
import { buildFilter } from '../filter.js'
import type { FacetSearchResult } from '../meilisearch-gateway.js'
import { problemResponses } from '../problems.js'
import { searchAsShown } from '../search-as-shown.js'
import { COUNT_WINDOW } from '../search-plan.js'

const ParamsSchema = z.object({
  facet: z.enum(FACETS).meta({
    description: 'Facet whose values to search',
    example: 'municipality',
    param: { name: 'facet', in: 'path' },
  }),
})

const facetRoute = createRoute({
  method: 'get',
  path: '/facets/{facet}',
  summary: 'Search the values of one facet (type-ahead)',
  description:
    'Values of the facet that start with `q`, with the number of matching projects (at most 100 values, the most frequent first). The other filters and the main query (`query`) narrow the counts; the facet’s own filter is left out so that its other values stay visible. With `query`, a value is counted over exactly the projects `/search?q=<query>` shows (Swedish analysis, abbreviations and synonyms included; when the query as read finds nothing under the filters, the facet’s own included, the projects of its looser search, as `/search` shows them), values the query does not reach are left out, and `reading` says how `query` was read (`looser` rewrites when it was its pieces).',
  request: { params: ParamsSchema, query: FacetQuerySchema },
  responses: {
    200: {
      description: 'Matching facet values with counts',
      content: { 'application/json': { schema: FacetSearchResponseSchema } },
    },
    ...problemResponses(400, 414, 429, 503, 504),
  },
})

/**
 * `GET /facets/:facet`.
 *
 * @example
 * await app.request('/facets/municipality?q=um') // { values: [{ value: 'Umeå', count: 2 }], … }
 */
export function facetRoutes(deps: RouteDeps) {
  return createRouter().openapi(facetRoute, async (c) => {
    const { facet } = c.req.valid('param')
    const params = c.req.valid('query')
    const filter = buildFilter(params, { exclude: facet })
    const signal = upstreamSignal(deps.config)
    const facetQuery = params.q ?? ''
    const result = params.query?.trim()
      ? await countUnderQuery(deps, { ...params, query: params.query }, facet, filter, signal)
      : await deps.search.facetSearch(
          { facetName: facet, facetQuery, ...(filter ? { filter } : {}) },
          signal,
        )
    return c.json(
      {
        facet,
        q: facetQuery,
        values: result.facetHits.map((hit) => ({ value: hit.value, count: hit.count })),
        ...('reading' in result ? { reading: result.reading } : {}),
        processingTimeMs: result.processingTimeMs,
      },
      200,
    )
  })
}

/** Values a facet search answers with at most (Meilisearch's own limit on that route). */
const MAX_FACET_VALUES = 100

/**
 * The values that start with `q` counted over what `/search?q=<query>` shows: the facet
 * search picks the values (its matching, as without a query) and a request of `/search`'s
 * counts them, so the counts include the sheets found through the Swedish analysis and the
 * expansions (`AF` counts the sheets that say Arbetsförmedlingen), and when the query as read
 * finds nothing, its looser search's (`searchAsShown`). Both requests run at once; a value
 * the query does not reach is left out.
 */
async function countUnderQuery(
  deps: RouteDeps,
  params: FacetQuery & { query: string },
  facet: Facet,
  filter: string,
  signal: AbortSignal,
): Promise<Pick<FacetSearchResult, 'facetHits' | 'processingTimeMs'> & { reading: QueryReading }> {
  const query = deps.analyzer.analyzeQuery(params.query, { verbatim: params.verbatim })
  const facetQuery = params.q ?? ''
  const selected = (params[facet] ?? []).map(String)
  const [matching, shown] = await Promise.all([
    facetQuery === ''
      ? undefined
      : deps.search.facetSearch(
          { facetName: facet, facetQuery, ...(filter ? { filter } : {}) },
          signal,
        ),
    searchAsShown(
      deps,
      query,
      // Whether the query finds something is decided under every filter, the facet's own
      // too, as `/search` decides it; the counts leave the facet's own filter out.
      { q: params.query, verbatim: params.verbatim, filter: buildFilter(params) },
      (way) =>
        deps.search.federatedSearch(
          way.plan({
            indexUid: deps.search.indexUid,
            fields: params.fields,
            filter,
            sort: 'relevance',
            // Ranked as far as /search's default page, so that its floors count (COUNT_WINDOW).
            limit: COUNT_WINDOW,
            offset: 0,
            facets: [facet],
            analysedWeight: deps.config.analysedWeight,
            retrieve: ['id'],
            withStats: false,
          }),
          signal,
        ),
      // With the facet's own filter, the projects under every filter are those counted under
      // one of its values: no second request to ask whether there are any.
      (counted) =>
        selected.length === 0
          ? counted.estimatedTotalHits === 0
          : selected.every((value) => (counted.facetDistribution?.[facet]?.[value] ?? 0) === 0),
    ),
  ])
  const counted = shown.found
  const counts = counted.facetDistribution?.[facet] ?? {}
  // Without `q` every value the query reaches, the most frequent first (as the facet
  // search orders them); with `q` the values it matched, in that order re-sorted by count.
  const values = matching ? matching.facetHits.map((hit) => hit.value) : Object.keys(counts)
  const facetHits = values
    .flatMap((value) => {
      const count = counts[value] ?? 0
      return count > 0 ? [{ value, count }] : []
    })
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_FACET_VALUES)
  return {
    facetHits,
    reading: shown.reading,
    processingTimeMs: Math.max(matching?.processingTimeMs ?? 0, counted.processingTimeMs),
  }
}
