import { createRoute } from '@hono/zod-openapi'
import { CompletionsQuerySchema, CompletionsResponseSchema } from '@projektbank/model'
import { createRouter, type RouteDeps } from '../_router.js'
import { problemResponses } from '../problems.js'

const completionsRoute = createRoute({
  method: 'get',
  path: '/completions',
  summary: 'Completions of the word being typed (search box)',
  description:
    'Completes the last word of `q` when nothing follows it, not even a space; the words before it stay as typed. Each completion is the completed word, the whole query with it in place (what the search box should hold), how many projects write the word itself (`count`, which orders the list; not the hits of `query`, which the search reads with the other forms, compounds and synonyms of the word and so often finds more) and where it comes from: the words of the indexed texts (most projects first, one form per word), place names (with their capitals) and the keys of the abbreviation and loan-word table (`NEE` → `NEET`, `suppor` → `supported employment`). A beginning typed without å/ä/ö is respelled (`orebr` → `Örebro`). Fewer than 3 letters, a phrase or an exclusion being typed, or a number: no completions (`[]`). Answered from the vocabulary the API holds in memory, without asking Meilisearch.',
  request: { query: CompletionsQuerySchema },
  responses: {
    200: {
      description: 'Completions, best first; empty when there is nothing to complete',
      content: { 'application/json': { schema: CompletionsResponseSchema } },
    },
    ...problemResponses(400, 414),
  },
})

/**
 * `GET /completions`.
 *
 * @example
 * await app.request('/completions?q=unga%20arbetsf') // { q: 'unga arbetsf', completions: [{ word: 'arbetsförmedling', … }] }
 */
export function completionRoutes(deps: Pick<RouteDeps, 'analyzer'>) {
  return createRouter().openapi(completionsRoute, (c) => {
    const { q, limit } = c.req.valid('query')
    return c.json({ q, completions: deps.analyzer.complete?.(q, limit) ?? [] }, 200)
  })
}
