/**
 * The whole API over the five seeds, listening on a free loopback port: an embedded
 * Meilisearch on a temporary data dir, `seeds/` indexed through `@projektbank/indexer`'s public
 * entry points, and the app with a search-only key — for tests that need a real URL (a browser).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { indexSheets } from '@projektbank/indexer'
import { ensureSearchKey, launchMeilisearch } from '@projektbank/meili'
import { createApp } from '../src/app.js'
import { createMeilisearchGateway } from '../src/meilisearch-gateway.js'
import { serveApp } from '../src/serve-app.js'
import { loadAnalyzer } from '../src/swedish-analyzer.js'

const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url))

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
  const dataDir = await mkdtemp(join(tmpdir(), 'search-api-seeded-'))
  const meili = await launchMeilisearch({
    dataDir,
    binDir: join(tmpdir(), 'projektbank-meilisearch-bin'),
    handleSignals: false,
  })
  const cleanUp = async () => {
    await meili.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
  try {
    const admin = { url: meili.url, apiKey: meili.masterKey }
    const analyzer = await loadAnalyzer()
    await indexSheets({
      meili: admin,
      inputs: [SEEDS],
      mode: 'full',
      analyze: analyzer.analyzeText,
    })
    const { key } = await ensureSearchKey(admin)
    const app = createApp({
      search: createMeilisearchGateway({ url: meili.url, apiKey: key }),
      analyzer: analyzer.search,
      config: { upstreamTimeoutMs: 5000 },
    })
    const served = await serveApp(app, { port: 0, host: '127.0.0.1' })
    return {
      url: served.url,
      app,
      async stop() {
        await served.close()
        await cleanUp()
      },
    }
  } catch (error) {
    await cleanUp()
    throw error
  }
}
