import { indexSheets } from '@projektbank/indexer'
import { type MeiliConnection, vocabularyIndexOf } from '@projektbank/meili'
import { type QueryReading, SearchResponseSchema } from '@projektbank/model'
// `loadAnalyzer` is the Swedish analysis the API's own servers pass to `createApp`.
import {
  createApp,
  createMeilisearchGateway,
  createVocabularySource,
  loadAnalyzer,
  type SwedishSearchOptions,
  type VocabularySource,
} from '@projektbank/search-api'
import type { SearchSystem } from './search-system.js'

/** The full system, and how it read each query. */
export interface FullSearchSystem extends SearchSystem {
  /** The ids of the first `limit` hits and how the API read the query (`reading`). */
  searchRead(query: string, limit: number): Promise<{ ids: string[]; reading: QueryReading }>
}

/** One index built by the real indexer, searched through API apps with different options. */
export interface FullSystemIndex {
  /** The analysis the indexer gave the texts (words, lemmas, compound parts; no stop words). */
  analyzeText(text: string): string
  /** The API over this index; `options` change the analyser's tables (default: as shipped). */
  system(
    options?: Pick<SwedishSearchOptions, 'expansions' | 'thesaurus'>,
  ): Promise<FullSearchSystem>
}

/**
 * The full system, with no shortcuts: indexes the sheets once with the real indexer
 * (`indexSheets`, with its settings and Swedish `svTerms`) and loads the index's vocabulary,
 * as `pnpm start` does; every query then goes through the real API (`createApp` +
 * `app.request('/search?…')`), which runs the federated raw + analysed search.
 *
 * @example
 * const index = await indexFullSystem(meili, CORPUS_DIRS, 'eval_full', 62)
 * const c = await index.system({ thesaurus: [] })
 */
export async function indexFullSystem(
  meili: MeiliConnection,
  inputs: readonly string[],
  indexUid: string,
  expectedDocuments: number,
): Promise<FullSystemIndex> {
  let words: VocabularySource | undefined
  const vocabulary = () => words?.current()
  const analyzer = await loadAnalyzer({ vocabulary })
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
  const search = createMeilisearchGateway({ url: meili.url, apiKey: meili.apiKey, indexUid })
  return {
    analyzeText: analyzer.analyzeText,
    async system(options = {}) {
      const searchAnalyzer =
        options.expansions === undefined && options.thesaurus === undefined
          ? analyzer.search
          : (await loadAnalyzer({ vocabulary, ...options })).search
      const app = createApp({ search, analyzer: searchAnalyzer })
      const searchRead = async (query: string, limit: number) => {
        const params = new URLSearchParams({ q: query, hitsPerPage: String(limit) })
        const response = await app.request(`/search?${params}`)
        if (!response.ok) {
          throw new Error(
            `GET /search?${params} answered ${response.status}: ${await response.text()}`,
          )
        }
        const body = SearchResponseSchema.parse(await response.json())
        return { ids: body.hits.map((hit) => hit.id), reading: body.reading }
      }
      return {
        key: 'c',
        label: 'full system (indexer + search API)',
        searchRead,
        search: async (query, limit) => (await searchRead(query, limit)).ids,
      }
    },
  }
}
