import { ProblemError } from './problems.js'
import { type StatsTable, statsTableBuilder } from './stats-table.js'

/** One page of documents, as a placeholder search returns it. */
export interface StatsPage {
  hits: Record<string, unknown>[]
  estimatedTotalHits: number
}

/** What {@link createStatsSource} needs. */
export interface StatsSourceOptions {
  /** Reads documents `offset` to `offset + limit` of the whole index (with the row attributes). */
  loadPage(offset: number, limit: number): Promise<StatsPage>
  /** Documents per page while loading. */
  pageSize: number
  /** Age after which a table is reloaded in the background; it is still used meanwhile. */
  maxAgeMs: number
  /** Clock, for tests. */
  now?: () => number
}

/** The statistics table of an API, see {@link createStatsSource}. */
export interface StatsSource {
  /**
   * The table, loaded on first use. When `fits` says the table does not match what the index
   * holds now (a project it does not know, another count), it is reloaded before answering.
   */
  table(fits: (table: StatsTable) => boolean): Promise<StatsTable>
  /**
   * Starts loading the table now, in the background, so that the first `/stats` need not wait
   * for it; a request during the load waits for this same load. A failure (no index yet,
   * Meilisearch away) goes to `onError` only, and the first request tries again.
   */
  preload(onError: (error: unknown) => void): void
}

/**
 * Keeps the compact statistics table of the whole index in memory. A table older than
 * `maxAgeMs` is still served while a fresh one loads; one that no longer fits the index (a
 * project added or removed) is replaced before the answer. Concurrent requests share one load.
 *
 * @example
 * const source = createStatsSource({ loadPage, pageSize: 5000, maxAgeMs: 60_000 })
 * source.preload((error) => console.warn(error)) // at start, not awaited
 * const table = await source.table((t) => t.size === totalHits)
 */
export function createStatsSource(options: StatsSourceOptions): StatsSource {
  const now = options.now ?? Date.now
  let current: { table: StatsTable; loadedAt: number } | null = null
  let loading: Promise<StatsTable> | null = null

  async function loadAll(): Promise<StatsTable> {
    const builder = statsTableBuilder()
    const startedAt = now()
    let offset = 0
    let expected = 0
    for (;;) {
      const page = await options.loadPage(offset, options.pageSize)
      if (offset === 0) expected = page.estimatedTotalHits
      builder.add(page.hits)
      offset += page.hits.length
      if (page.hits.length < options.pageSize) break
    }
    const table = builder.build()
    if (table.size < expected) {
      throw new ProblemError(
        'stats-incomplete',
        `The index holds ${expected} projects but only ${table.size} could be read for statistics; raise the index's pagination.maxTotalHits to at least ${expected}`,
      )
    }
    current = { table, loadedAt: startedAt }
    return table
  }

  function reload(): Promise<StatsTable> {
    loading ??= loadAll().finally(() => {
      loading = null
    })
    return loading
  }

  return {
    preload(onError) {
      if (!current) reload().catch(onError)
    },
    async table(fits) {
      if (current && fits(current.table)) {
        if (now() - current.loadedAt > options.maxAgeMs) reload().catch(() => {})
        return current.table
      }
      return reload()
    },
  }
}
