/**
 * The whole API over the five seeds, listening on a free loopback port: an embedded
 * Meilisearch on a temporary data dir, `seeds/` indexed through `@projektbank/indexer`'s public
 * entry points, and the app with a search-only key — for tests that need a real URL (a browser).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { ensureSearchKey, indexSheets, launchMeilisearch } from '@projektbank/indexer'
import { createApp } from '../src/app.js'
import { createMeilisearchGateway } from '../src/meilisearch-gateway.js'
import { loadAnalyzer } from '../src/swedish-analyzer.js'

const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url))

/** A running API, see {@link startSeededApi}. */
export interface SeededApi {
  /** `http://127.0.0.1:<port>` */
  url: string
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
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise<void>((ready, fail) => {
      server.once('listening', ready)
      server.once('error', fail)
    })
    const { port } = server.address() as AddressInfo
    return {
      url: `http://127.0.0.1:${port}`,
      async stop() {
        await new Promise<void>((done) => server.close(() => done()))
        await cleanUp()
      },
    }
  } catch (error) {
    await cleanUp()
    throw error
  }
}
