import { indexSheets } from '@projektbank/indexer'
import { type MeiliConnection, vocabularyIndexOf } from '@projektbank/meili'
import { SearchResponseSchema } from '@projektbank/model'
// `loadAnalyzer` is the Swedish analysis the API's own servers pass to `createApp`.
import {
  createApp,
  createMeilisearchGateway,
  createVocabularySource,
  loadAnalyzer,
  type VocabularySource,
} from '@projektbank/search-api'
import type { SearchSystem } from './search-system.js'

/**
 * The full system, with no shortcuts: the sheets are indexed by the real indexer
 * (`indexSheets`, with its settings and Swedish `svTerms`), and every query goes through the
 * real API (`createApp` + `app.request('/search?…')`), which runs the federated raw + analysed
 * search.
 *
 * @example
 * const c = await createFullSystem(meili, ['seeds', 'tools/search-eval/sheets'], 'eval_full', 27)
 * await c.search('undersköterska', 10)
 */
export async function createFullSystem(
  meili: MeiliConnection,
  inputs: readonly string[],
  indexUid: string,
  expectedDocuments: number,
): Promise<SearchSystem> {
  let words: VocabularySource | undefined
  const analyzer = await loadAnalyzer({ vocabulary: () => words?.current() })
  // As `pnpm start` does: the indexer gets the same analysis as the API's queries.
  const report = await indexSheets({
    meili: { url: meili.url, apiKey: meili.apiKey },
    inputs,
    index: indexUid,
    mode: 'full',
    analyze: analyzer.analyzeText,
  })
  if (report.documents.total !== expectedDocuments) {
    throw new Error(
      `the indexer put ${report.documents.total} documents into ${indexUid}, expected ${expectedDocuments}`,
    )
  }
  // The index's words, as the API's servers load them (typo correction).
  words = createVocabularySource(
    createMeilisearchGateway({ ...meili, indexUid: vocabularyIndexOf(indexUid) }),
  )
  if (!(await words.refresh())) throw new Error(`could not read ${vocabularyIndexOf(indexUid)}`)
  const app = createApp({
    search: createMeilisearchGateway({ url: meili.url, apiKey: meili.apiKey, indexUid }),
    analyzer: analyzer.search,
  })
  return {
    key: 'c',
    label: 'full system (indexer + search API)',
    async search(query, limit) {
      const params = new URLSearchParams({ q: query, hitsPerPage: String(limit) })
      const response = await app.request(`/search?${params}`)
      if (!response.ok) {
        throw new Error(
          `GET /search?${params} answered ${response.status}: ${await response.text()}`,
        )
      }
      const body = SearchResponseSchema.parse(await response.json())
      return body.hits.map((hit) => hit.id)
    },
  }
}
