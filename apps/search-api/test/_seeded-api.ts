/**
 * The whole API over the five seeds, listening on a free loopback port: an embedded
 * Meilisearch on a temporary data dir with `seeds/` indexed by the indexer
 * (`@projektbank/seeded-index`), and the app with a search-only key — for tests that need a
 * real URL (a browser).
 */
import { DEFAULT_INDEX, vocabularyIndexOf } from '@projektbank/meili'
import { startSeededMeilisearch } from '@projektbank/seeded-index'
import { createApp } from '../src/app.js'
import { createMeilisearchGateway } from '../src/meilisearch-gateway.js'
import { serveApp } from '../src/serve-app.js'
import { loadAnalyzer } from '../src/swedish-analyzer.js'
import { createVocabularySource, type VocabularySource } from '../src/vocabulary-source.js'
import { ANSWER_TIMEOUTS } from './_answer-timeouts.js'

/** A running API, see {@link startSeededApi}. */
export interface SeededApi {
  /** `http://127.0.0.1:<port>` */
  url: string
  /** The app itself, for `app.request()` without the network. */
  app: ReturnType<typeof createApp>
  /** Closes the server, stops Meilisearch and removes its data. */
  stop(): Promise<void>
}

/**
 * @example
 * const api = await startSeededApi()
 * await fetch(`${api.url}/search?q=unga`)
 * await api.stop()
 */
export async function startSeededApi(): Promise<SeededApi> {
  // With the index's vocabulary, as the API's server reads it (typo correction, words no
  // project has).
  let words: VocabularySource | undefined
  const analyzer = await loadAnalyzer({ vocabulary: () => words?.current() })
  const seeded = await startSeededMeilisearch({ analyze: analyzer.analyzeText })
  try {
    words = createVocabularySource(
      createMeilisearchGateway({
        url: seeded.meili.url,
        apiKey: seeded.searchKey,
        indexUid: vocabularyIndexOf(DEFAULT_INDEX),
      }),
    )
    if (!(await words.refresh())) throw new Error('the seeded index has no vocabulary')
    const app = createApp({
      search: createMeilisearchGateway({ url: seeded.meili.url, apiKey: seeded.searchKey }),
      analyzer: analyzer.search,
      config: ANSWER_TIMEOUTS,
    })
    const served = await serveApp(app, { port: 0, host: '127.0.0.1' })
    return {
      url: served.url,
      app,
      async stop() {
        await served.close()
        await seeded.stop()
      },
    }
  } catch (error) {
    await seeded.stop()
    throw error
  }
}
