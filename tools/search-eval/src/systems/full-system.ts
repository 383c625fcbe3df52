import { indexSheets } from '@projektbank/indexer'
import { type MeiliConnection, vocabularyIndexOf } from '@projektbank/meili'
import { SearchResponseSchema } from '@projektbank/model'
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
  /** The ids of the first `limit` hits and the query as the API read it (`reading.searched`). */
  searchRead(query: string, limit: number): Promise<{ ids: string[]; searched: string }>
}

/** One index built by the real indexer, searched through API apps with different options. */
export interface FullSystemIndex {
  /** The API over this index; `options` change the analyser's tables (default: as shipped). */
  system(
    options?: Pick<SwedishSearchOptions, 'expansions' | 'thesaurus'>,
  ): Promise<FullSearchSystem>
}

/**
 * Indexes the sheets once with the real indexer (`indexSheets`, with its settings and
 * Swedish `svTerms`) and loads the index's vocabulary, as `pnpm start` does.
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
        return { ids: body.hits.map((hit) => hit.id), searched: body.reading.searched }
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

/**
 * The full system, with no shortcuts: the sheets are indexed by the real indexer, and every
 * query goes through the real API (`createApp` + `app.request('/search?…')`), which runs the
 * federated raw + analysed search.
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
  return (await indexFullSystem(meili, inputs, indexUid, expectedDocuments)).system()
}
