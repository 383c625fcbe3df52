import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type IndexReport, indexSheets } from '@projektbank/indexer'
import {
  type EmbeddedMeilisearch,
  ensureSearchKey,
  launchMeilisearch,
  type MeiliConnection,
} from '@projektbank/meili'
import { TEST_BIN_DIR } from '@projektbank/meili/testing'
import { SEEDS } from './seeds.js'

/** A running, indexed Meilisearch, see {@link startSeededMeilisearch}. */
export interface SeededMeilisearch {
  meili: EmbeddedMeilisearch
  /** Its URL with the master key, for indexing and settings. */
  admin: MeiliConnection
  /** A key with the search-only actions, as the API holds. */
  searchKey: string
  /** What the indexer reported. */
  report: IndexReport
  /** Indexes the same inputs again (an index swap with `full`, an update with `incremental`). */
  reindex(mode: 'full' | 'incremental'): Promise<IndexReport>
  /** Stops Meilisearch and, unless `dataDir` was given, removes its data. */
  stop(): Promise<void>
}

/**
 * Launches the embedded Meilisearch and indexes sheets into it with `@projektbank/indexer`,
 * exactly as `projektbank-index` would, then makes sure a search-only key exists. By default
 * on a fresh temporary data dir with the seeds, fully rebuilt.
 *
 * @example
 * const seeded = await startSeededMeilisearch({ analyze: analyzer.analyzeText })
 * createMeilisearchGateway({ url: seeded.meili.url, apiKey: seeded.searchKey })
 * await seeded.stop()
 */
export async function startSeededMeilisearch(
  options: {
    /** Files and folders of sheets; default {@link SEEDS}. */
    inputs?: readonly string[]
    /** Text analysis for the `svTerms` twins; default the indexer's (`@projektbank/analyzer`). */
    analyze?: (text: string) => string
    /** A data dir to keep between runs (benches); it is then indexed incrementally. */
    dataDir?: string
    /** Default `TEST_BIN_DIR`, the one copy every test of the repository shares. */
    binDir?: string
    /** Stop Meilisearch on SIGINT/SIGTERM (a bench run by hand); default false, as in tests. */
    handleSignals?: boolean
  } = {},
): Promise<SeededMeilisearch> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'seeded-meilisearch-')))
  const meili = await launchMeilisearch({
    dataDir,
    binDir: options.binDir ?? TEST_BIN_DIR,
    handleSignals: options.handleSignals ?? false,
  })
  const stop = async () => {
    await meili.stop()
    if (options.dataDir === undefined) await rm(dataDir, { recursive: true, force: true })
  }
  try {
    const admin = { url: meili.url, apiKey: meili.masterKey }
    const reindex = (mode: 'full' | 'incremental') =>
      indexSheets({
        meili: admin,
        inputs: [...(options.inputs ?? [SEEDS])],
        mode,
        ...(options.analyze ? { analyze: options.analyze } : {}),
      })
    const report = await reindex(options.dataDir === undefined ? 'full' : 'incremental')
    const { key } = await ensureSearchKey(admin)
    return { meili, admin, searchKey: key, report, reindex, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
