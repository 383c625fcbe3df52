import { createRoute, z } from '@hono/zod-openapi'
import {
  FACETS,
  FacetQuerySchema,
  FacetSearchResponseSchema,
  SV_TERM_FIELDS,
} from '@projektbank/model'
import { createRouter, type RouteDeps, upstreamSignal } from '../_router.js'
import { buildFilter } from '../filter.js'
import { problemResponses } from '../problems.js'

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
    'Values of the facet that start with `q`, with the number of matching projects. The other filters and the main query (`query`) narrow the counts; the facet’s own filter is left out so that its other values stay visible.',
  request: { params: ParamsSchema, query: FacetQuerySchema },
  responses: {
    200: {
      description: 'Matching facet values with counts',
      content: { 'application/json': { schema: FacetSearchResponseSchema } },
    },
    ...problemResponses(400, 414, 429, 503, 504),
  },
})

const RAW_ATTRIBUTES = SV_TERM_FIELDS

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
    // Read as /search reads it (å/ä/ö restored unless `verbatim`), so the counts match.
    const main = params.query?.trim()
      ? deps.analyzer.analyzeQuery(params.query, { verbatim: params.verbatim }).raw
      : ''
    const result = await deps.search.facetSearch(
      {
        facetName: facet,
        facetQuery: params.q ?? '',
        ...(main ? { q: main, attributesToSearchOn: [...(params.fields ?? RAW_ATTRIBUTES)] } : {}),
        ...(filter ? { filter } : {}),
      },
      upstreamSignal(deps.config),
    )
    return c.json(
      {
        facet,
        q: params.q ?? '',
        values: result.facetHits.map((hit) => ({ value: hit.value, count: hit.count })),
        processingTimeMs: result.processingTimeMs,
      },
      200,
    )
  })
}
