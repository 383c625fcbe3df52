import type { QueryReading } from '@projektbank/model'
import type { RouteDeps } from './_router.js'
import { planLooserSearch, readLooserSearch } from './looser-search.js'
import type { FederatedSearchRequest } from './meilisearch-gateway.js'
import type { AnalysedQuery } from './search-analyzer.js'
import { planSearch, type SearchPlanInput } from './search-plan.js'
import { suggestQuery } from './suggest-query.js'

/** One way of searching a query: as read, or its pieces with any one enough. */
export interface SearchWay {
  /** The query the requests search, as one: what the snippets of its hits mark. */
  readonly query: AnalysedQuery
  /** Plans one federated request of this way from everything but the query. */
  plan(input: Omit<SearchPlanInput, 'query'>): FederatedSearchRequest
}

/** What a query is shown as, see {@link searchAsShown}. */
export interface Shown<T> {
  /** What the way the query is shown as found. */
  readonly found: T
  readonly way: SearchWay
  /** How the query was read: with one `looser` rewrite per piece when its pieces were searched. */
  readonly reading: QueryReading
  /** "Menade du …?": a respelling that finds something, when the query as read found nothing. */
  readonly suggestion: string | null
}

/** The request a query is searched in, as far as the decision needs it. */
export interface ShownRequest {
  /** The query as typed. */
  readonly q: string
  readonly verbatim: boolean | undefined
  /** Every filter of the request: what is decided is whether the query finds something there. */
  readonly filter: string
}

/**
 * Searches a query the way `/search` shows it, for every route that lists, counts, exports or
 * sums the projects a query finds, so that they all mean the same projects. `search` runs the
 * route's own request for a way; `foundNothing` says whether that found no project under
 * every filter of the request.
 *
 * The query as read comes first. Only when it finds nothing (and has a word to find) does
 * anything more happen: a respelling that finds something ("Menade du …?") is the surer
 * answer, so then nothing is shown and the suggestion is; otherwise, unless `verbatim`, the
 * query's pieces are searched, any one enough (`looser-search.ts`), and shown if they find
 * something. A query that finds something costs no more requests than before.
 *
 * @example
 * const shown = await searchAsShown(deps, query, { q, verbatim, filter },
 *   (way) => gateway.federatedSearch(way.plan(input), signal),
 *   (found) => found.estimatedTotalHits === 0)
 * shown.reading.rewrites // [{ term: 'rekryteringsproblem', replacement: 'rekrytering', source: 'looser', … }, …]
 */
export async function searchAsShown<T>(
  deps: Pick<RouteDeps, 'search' | 'analyzer' | 'config'>,
  query: AnalysedQuery,
  request: ShownRequest,
  search: (way: SearchWay) => Promise<T>,
  foundNothing: (found: T) => boolean,
): Promise<Shown<T>> {
  const asRead: SearchWay = { query, plan: (input) => planSearch({ ...input, query }) }
  const found = await search(asRead)
  const shown: Shown<T> = { found, way: asRead, reading: query.reading, suggestion: null }
  if (!query.hasPositiveTerms || !foundNothing(found)) return shown
  const suggestion = await suggestQuery(deps, request.q, request.filter)
  if (suggestion !== null) return { ...shown, suggestion }
  const looser = request.verbatim ? undefined : readLooserSearch(deps.analyzer, query)
  if (looser === undefined) return shown
  const way: SearchWay = {
    query: looser.marked,
    plan: (input) => planLooserSearch(looser.pieces, input),
  }
  const loose = await search(way)
  return foundNothing(loose) ? shown : { found: loose, way, reading: looser.reading, suggestion }
}
