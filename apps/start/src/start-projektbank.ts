import type { IndexReport } from '@projektbank/indexer'
import { formatReport, indexSheets, readRedactionList } from '@projektbank/indexer'
import {
  DEFAULT_INDEX,
  deleteDefaultKeys,
  ensureSearchKey,
  type Logger,
  resolveMeilisearch,
  silentLogger,
  storeSearchKey,
  vocabularyIndexOf,
} from '@projektbank/meili'
import {
  configFromEnv,
  createApp,
  createMeilisearchGateway,
  createVocabularySource,
  loadAnalyzer,
  type ServedApp,
  serveApp,
  serverLimitsFromEnv,
  type VocabularySource,
} from '@projektbank/search-api'

/** Options of {@link startProjektbank}. */
export interface StartOptions {
  /** Folder (or file) of sheets to index. */
  sheets: string
  port: number
  host: string
  /** Where settings come from (default `process.env`): `MEILI_URL`, `MEILI_SEARCH_KEY`, … */
  env?: NodeJS.ProcessEnv | undefined
  /** The embedded Meilisearch's data directory (default: `PROJEKTBANK_DATA_DIR` or the repository's). */
  dataDir?: string | undefined
  /** Where the embedded binary is copied (tests share one). */
  binDir?: string | undefined
  /** Aborting it stops the indexing run and the Meilisearch started for it. */
  signal?: AbortSignal | undefined
  logger?: Logger | undefined
  /** Receives the indexing summary, as `projektbank-index` prints it (default: nothing). */
  out?: { write(text: string): unknown } | undefined
}

/** What {@link startProjektbank} started. */
export interface RunningProjektbank {
  /** The API's base URL, `http://<host>:<port>`. */
  url: string
  meilisearch: { url: string; embedded: boolean; pid: number | undefined }
  /** The indexing run's report: sheets seen, indexed, failed, and each failure's position. */
  report: IndexReport
  /** Closes the API, then stops the Meilisearch it started. */
  stop(): Promise<void>
}

/** Failures listed in the start-up summary; the rest are counted. */
const MAX_LISTED_FAILURES = 20

/**
 * The one-command start: starts (or, with `MEILI_URL`, uses) Meilisearch, indexes the sheets
 * incrementally, prints the same summary as `projektbank-index` — so a skipped sheet is named
 * with its position and reason — makes sure a search-only key exists and serves the API with it.
 *
 * @example
 * const running = await startProjektbank({ sheets: 'seeds', port: 8787, host: '127.0.0.1', out: process.stdout })
 * // Sheets: 5 seen, 5 parsed, 0 unchanged, 5 indexed, 0 failed, 0 with errors.
 * await running.stop()
 */
export async function startProjektbank(options: StartOptions): Promise<RunningProjektbank> {
  const env = options.env ?? process.env
  const logger = options.logger ?? silentLogger
  // Settings are checked before anything starts: a typo should not cost an indexing run.
  const config = configFromEnv(env)
  const limits = serverLimitsFromEnv(env)
  const redact = env.PROJEKTBANK_REDACT_FILE
    ? await readRedactionList(env.PROJEKTBANK_REDACT_FILE)
    : undefined
  // Before Meilisearch starts: a missing lexicon should not cost a server start and stop.
  let words: VocabularySource | undefined
  const analyzer = await loadAnalyzer({ vocabulary: () => words?.current() })
  const meili = await resolveMeilisearch({
    env,
    dataDir: options.dataDir,
    binDir: options.binDir,
    // The caller decides what a signal does; `stop()` closes the API before Meilisearch.
    handleSignals: false,
    logger,
  })
  let served: ServedApp | undefined
  try {
    const started = Date.now()
    const report = await indexSheets({
      meili,
      inputs: [options.sheets],
      index: DEFAULT_INDEX,
      mode: 'incremental',
      analyze: analyzer.analyzeText,
      signal: options.signal,
      logger,
      ...(redact ? { redact } : {}),
    })
    options.out?.write(
      formatReport(report, {
        maxFailures: MAX_LISTED_FAILURES,
        more: 'node apps/indexer/dist/cli.js --dry-run <folder> lists them all',
      }),
    )
    logger.info('index ready', {
      sheets: options.sheets,
      documents: report.documents.total,
      failed: report.files.failed,
      ms: Date.now() - started,
    })
    const searchKey = env.MEILI_SEARCH_KEY || (await ensureSearchKey(meili)).key
    if (!env.MEILI_SEARCH_KEY) await storeSearchKey(searchKey, meili.dataDir)
    // Only on the embedded server: the keys of a MEILI_URL server are its owner's business.
    const removed = await deleteDefaultKeys(meili)
    if (removed.length > 0) logger.info('deleted default keys', { keys: removed.length })
    // The index's words, for typo correction; read again when a later run rewrites them.
    words = createVocabularySource(
      createMeilisearchGateway({
        url: meili.url,
        apiKey: searchKey,
        indexUid: vocabularyIndexOf(DEFAULT_INDEX),
      }),
    )
    await words.refresh(options.signal)
    const stopWatching = words.watch()
    const app = createApp({
      search: createMeilisearchGateway({
        url: meili.url,
        apiKey: searchKey,
        indexUid: DEFAULT_INDEX,
      }),
      analyzer: analyzer.search,
      config,
    })
    served = await serveApp(app, { port: options.port, host: options.host, limits })
    const api = served
    return {
      url: api.url,
      meilisearch: { url: meili.url, embedded: meili.embedded, pid: meili.pid },
      report,
      stop: async () => {
        stopWatching()
        await api.close()
        await meili.stop()
      },
    }
  } catch (error) {
    await meili.stop()
    throw error
  }
}
