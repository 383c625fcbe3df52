/**
 * The whole API over the five seeds, listening on a free loopback port: an embedded
 * Meilisearch on a temporary data dir with `seeds/` indexed by the indexer
 * (`@projektbank/seeded-index`), and the app with a search-only key — for tests that need a
 * real URL (a browser).
 */
import { startSeededMeilisearch } from '@projektbank/seeded-index'
import { createApp } from '../src/app.js'
import { createMeilisearchGateway } from '../src/meilisearch-gateway.js'
import { serveApp } from '../src/serve-app.js'
import { loadAnalyzer } from '../src/swedish-analyzer.js'

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
  const analyzer = await loadAnalyzer()
  const seeded = await startSeededMeilisearch({ analyze: analyzer.analyzeText })
  try {
    const app = createApp({
      search: createMeilisearchGateway({ url: seeded.meili.url, apiKey: seeded.searchKey }),
      analyzer: analyzer.search,
      config: { upstreamTimeoutMs: 5000 },
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
