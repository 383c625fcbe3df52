import { upstreamSignal } from './_router.js'
import type { ApiConfig } from './config.js'
import type { SearchGateway } from './meilisearch-gateway.js'
import type { SearchAnalyzer } from './search-analyzer.js'
import { planSearch } from './search-plan.js'

/**
 * Candidates tried per suggestion: the query as read, with every word respelled, with the
 * unknown words replaced, and without the words still unknown.
 */
const MAX_SUGGESTIONS_TRIED = 4

/**
 * The first of the analyser's suggestions that finds something with the same filters, or
 * null ("Menade du …?"). Asked only when a search found nothing, one small query per
 * candidate (at most {@link MAX_SUGGESTIONS_TRIED}).
 *
 * @example
 * await suggestQuery({ search, analyzer, config }, 'kvinor', 'region IN ["Stockholm"]') // '"kvinnor"'
 */
export async function suggestQuery(
  deps: { search: SearchGateway; analyzer: SearchAnalyzer; config: ApiConfig },
  q: string,
  filter: string,
): Promise<string | null> {
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
