/**
 * A real Meilisearch over the five seeds (and, for the load tests, a generated corpus) and the
 * API in front of it, built only from the workspace packages' public entry points, with handles
 * the fault tests need: the Meilisearch process (to stop, kill and restart on the same data dir
 * and port) and the app's captured log.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { indexSheets } from '@projektbank/indexer'
import { type EmbeddedMeilisearch, ensureSearchKey, launchMeilisearch } from '@projektbank/meili'
import { TEST_BIN_DIR } from '@projektbank/meili/testing'
import {
  type ApiConfig,
  createApp,
  createMeilisearchGateway,
  createPlainAnalyzer,
  type ServerLimits,
  serveApp,
} from '@projektbank/search-api'

/** The five checked-in sheets every test index starts from. */
export const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url))
/** Shared with every other test of the repository, so the binary is copied once per machine. */
const BIN_DIR = TEST_BIN_DIR

/** A seeded Meilisearch, see {@link startSeededMeilisearch}. */
export interface SeededMeilisearch {
  meili: EmbeddedMeilisearch
  /** A key with the `search` action only. */
  searchKey: string
  /** Stops Meilisearch (if still running) and starts it again on the same data dir and port. */
  restart(): Promise<void>
  /** Stops Meilisearch and removes its data. */
  stop(): Promise<void>
}

/**
 * @example
 * const seeded = await startSeededMeilisearch()
 * await seeded.meili.stop(); await seeded.restart()
 * const loaded = await startSeededMeilisearch({ extraInputs: [corpusDir] })
 */
export async function startSeededMeilisearch(
  options: { extraInputs?: readonly string[] } = {},
): Promise<SeededMeilisearch> {
  const dataDir = await mkdtemp(join(tmpdir(), 'reliability-meili-'))
  let meili = await launchMeilisearch({ dataDir, binDir: BIN_DIR, handleSignals: false })
  const port = Number(new URL(meili.url).port)
  const seeded: SeededMeilisearch = {
    meili,
    searchKey: '',
    async restart() {
      await meili.stop()
      meili = await launchMeilisearch({ dataDir, port, binDir: BIN_DIR, handleSignals: false })
      seeded.meili = meili
    },
    async stop() {
      await meili.stop()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
  try {
    const admin = { url: meili.url, apiKey: meili.masterKey }
    await indexSheets({
      meili: admin,
      inputs: [SEEDS, ...(options.extraInputs ?? [])],
      mode: 'full',
    })
    seeded.searchKey = (await ensureSearchKey(admin)).key
    return seeded
  } catch (error) {
    await seeded.stop()
    throw error
  }
}

/** A listening API, see {@link serveApi}. */
export interface ServedApi {
  /** `http://127.0.0.1:<port>` */
  url: string
  /** What the app logged (its `log` dependency). */
  logs: Record<string, unknown>[]
  close(): Promise<void>
}

/**
 * Serves `createApp` on a free loopback port against `meiliUrl` with a search-only key, in this
 * process. The analyser is the plain one: these tests are about requests and faults, not
 * relevance, and it starts at once (the load test runs the real server, Swedish analysis
 * included, in its own process: see `_api-process.ts`).
 *
 * @example
 * const api = await serveApi({ meiliUrl: seeded.meili.url, searchKey: seeded.searchKey })
 */
export async function serveApi(options: {
  meiliUrl: string
  searchKey: string
  config?: Partial<ApiConfig>
  limits?: Partial<ServerLimits>
}): Promise<ServedApi> {
  const logs: Record<string, unknown>[] = []
  const app = createApp({
    search: createMeilisearchGateway({ url: options.meiliUrl, apiKey: options.searchKey }),
    analyzer: createPlainAnalyzer(),
    config: options.config ?? {},
    log: (entry) => logs.push(entry),
  })
  const served = await serveApp(app, { port: 0, host: '127.0.0.1', limits: options.limits })
  return { url: served.url, logs, close: served.close }
}
