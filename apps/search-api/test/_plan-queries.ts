import type { FederatedQuery } from '../src/meilisearch-gateway.js'
import type { AnalysedQuery } from '../src/search-analyzer.js'
import { planSearch } from '../src/search-plan.js'

/**
 * The federated queries `/search` sends for an analysed query in the relevance order, with
 * the route's defaults (all texts, no filter, 10 hits, analysed weight 0.8): [0] is the raw
 * query, [1] the analysed one.
 *
 * @example
 * plannedQueries(search.analyzeQuery('AF'))[0]?.q // 'af '
 */
export function plannedQueries(query: AnalysedQuery): FederatedQuery[] {
  return planSearch({
    indexUid: 'projects',
    query,
    fields: undefined,
    filter: '',
    sort: 'relevance',
    limit: 10,
    offset: 0,
    facets: [],
    analysedWeight: 0.8,
  }).queries
}
