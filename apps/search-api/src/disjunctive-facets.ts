import type { Facet } from '@projektbank/model'
import { buildFilter, type FilterParams } from './filter.js'
import type { FederatedSearchRequest } from './meilisearch-gateway.js'
import { planSearch, type SearchPlanInput } from './search-plan.js'

/** The facets of a search split by how they are counted, see {@link planFacetCounts}. */
export interface FacetCountPlan {
  /** Counted over the fully filtered result, in the main request. */
  conjunctive: Facet[]
  /** Each counted in a request of its own, with every filter but its own. */
  disjunctive: { facet: Facet; request: FederatedSearchRequest }[]
}

/** Whether a facet's own parameter filters the search. */
function isFiltered(params: FilterParams, facet: Facet): boolean {
  return (params[facet]?.length ?? 0) > 0
}

/**
 * Disjunctive facet counts, the convention of faceted search interfaces: a facet with an active
 * filter counts its values with every filter except its own, so that the values one could add
 * (OR) keep their counts; every other facet counts the fully filtered result.
 *
 * Meilisearch refuses facets per query in a federated search, and the text match is a
 * federation of two queries, so each filtered facet needs a federated request of its own: the
 * same queries with its own filter left out, no hits, only that facet. They are sent beside
 * the main request (see `searchInParts`). `planner` plans each request (`planSearch`, or the
 * looser search's own).
 *
 * @example
 * planFacetCounts({ region: ['Övre Norrland'], year: [2014] }, ['region', 'county'], plan)
 * // conjunctive: ['county'], disjunctive: [{ facet: 'region', request: … filter 'year IN [2014]' }]
 */
export function planFacetCounts(
  params: FilterParams,
  facets: readonly Facet[],
  plan: Omit<SearchPlanInput, 'filter' | 'facets'>,
  planner: (input: SearchPlanInput) => FederatedSearchRequest = planSearch,
): FacetCountPlan {
  const conjunctive: Facet[] = []
  const disjunctive: FacetCountPlan['disjunctive'] = []
  for (const facet of facets) {
    if (!isFiltered(params, facet)) {
      conjunctive.push(facet)
      continue
    }
    const request = planner({
      ...plan,
      filter: buildFilter(params, { exclude: facet }),
      // The main request's page, ids only: Meilisearch applies the score floors only to the
      // matches it ranks, so counts ranked to another depth would count another set.
      facets: [facet],
      withStats: false,
      retrieve: ['id'],
    })
    disjunctive.push({ facet, request })
  }
  return { conjunctive, disjunctive }
}
