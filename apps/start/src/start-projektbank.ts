import type { IndexReport } from '@projektbank/indexer'
import { formatReport, readRedactionList } from '@projektbank/indexer'
import { type Logger, resolveMeilisearch, silentLogger } from '@projektbank/meili'
import { configFromEnv, loadAnalyzer, serverLimitsFromEnv } from '@projektbank/search-api'
import {
  type IndexDone,
  type IndexJob,
  type Listening,
  messageOf,
  type ServeJob,
  type WorkerLogLevel,
} from './_messages.js'
import { exitOf, forkWorker, nextMessage } from './_worker.js'

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
  /** Log level of the two worker processes (default `silent`); `logger` is this process's. */
  workerLogLevel?: WorkerLogLevel | undefined
}

/** What {@link startProjektbank} started. */
export interface RunningProjektbank {
  /** The API's base URL, `http://<host>:<port>`. */
  url: string
  meilisearch: { url: string; embedded: boolean; pid: number | undefined }
  /** The indexing run's report: sheets seen, indexed, failed, and each failure's position. */
  report: IndexReport
  /** Pid of the process that serves the API, which holds only the search key. */
  apiPid: number | undefined
  /** Closes the API, then stops the Meilisearch it started. */
  stop(): Promise<void>
}

/** Failures listed in the start-up summary; the rest are counted. */
const MAX_LISTED_FAILURES = 20

/** How long a worker gets to end after it is told to stop, before SIGKILL. */
const WORKER_GRACE_MS = 10_000

/**
 * The one-command start: starts (or, with `MEILI_URL`, uses) Meilisearch, indexes the sheets
 * incrementally, prints the same summary as `projektbank-index` — so a skipped sheet is named
 * with its position and reason — makes sure a search-only key exists and serves the API with it.
 *
 * Least privilege, as three processes (plus the embedded Meilisearch and its watchdog):
 *
 * - this process launches Meilisearch, so it knows the master key (it generated or read it,
 *   or found `MEILI_MASTER_KEY` / `MEILI_ADMIN_KEY`); it serves nothing;
 * - the indexing worker (`index-worker.ts`) gets the master key over its IPC channel, indexes,
 *   makes sure the search key exists, sends the report and the search key back and exits;
 * - the serving worker (`serve-worker.ts`) starts after that with only the search key; its
 *   environment has no admin key either. It is the process that answers HTTP requests.
 *
 * @example
 * const running = await startProjektbank({ sheets: 'seeds', port: 8787, host: '127.0.0.1', out: process.stdout })
 * // Sheets: 5 seen, 5 parsed, 0 unchanged, 5 indexed, 0 failed, 0 with errors.
 * await running.stop()
 */
export async function startProjektbank(options: StartOptions): Promise<RunningProjektbank> {
  const env = options.env ?? process.env
  const logger = options.logger ?? silentLogger
  const logLevel = options.workerLogLevel ?? 'silent'
  // Settings are checked before anything starts: a typo should not cost an indexing run.
  configFromEnv(env)
  serverLimitsFromEnv(env)
  if (env.PROJEKTBANK_REDACT_FILE) await readRedactionList(env.PROJEKTBANK_REDACT_FILE)
  // Before Meilisearch starts: a missing lexicon should not cost a server start and stop.
  await loadAnalyzer()
  options.signal?.throwIfAborted()
  const meili = await resolveMeilisearch({
    env,
    dataDir: options.dataDir,
    binDir: options.binDir,
    // The caller decides what a signal does; `stop()` closes the API before Meilisearch.
    handleSignals: false,
    logger,
  })
  const workers = new Set<ReturnType<typeof forkWorker>>()
  const stopWorker = async (worker: ReturnType<typeof forkWorker>) => {
    if (worker.connected) worker.send({ type: 'stop' })
    await exitOf(worker, WORKER_GRACE_MS)
    workers.delete(worker)
  }
  try {
    const started = Date.now()
    const indexer = forkWorker('index-worker', env)
    workers.add(indexer)
    const abort = () => void stopWorker(indexer)
    options.signal?.addEventListener('abort', abort, { once: true })
    const job: IndexJob = {
      type: 'index',
      meili: {
        url: meili.url,
        apiKey: meili.apiKey,
        embedded: meili.embedded,
        pid: meili.pid,
        dataDir: meili.dataDir,
      },
      sheets: options.sheets,
      logLevel,
    }
    indexer.send(job)
    let done: IndexDone
    try {
      done = await nextMessage(indexer, (m) => messageOf<IndexDone>(m, 'indexed'))
    } finally {
      options.signal?.removeEventListener('abort', abort)
    }
    await exitOf(indexer, WORKER_GRACE_MS)
    workers.delete(indexer)
    options.signal?.throwIfAborted()
    const { report, searchKey } = done
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
    if (done.deletedDefaultKeys > 0) {
      logger.info('deleted default keys', { keys: done.deletedDefaultKeys })
    }
    const server = forkWorker('serve-worker', env)
    workers.add(server)
    const serve: ServeJob = {
      type: 'serve',
      meiliUrl: meili.url,
      searchKey,
      port: options.port,
      host: options.host,
      logLevel,
    }
    server.send(serve)
    const { url } = await nextMessage(server, (m) => messageOf<Listening>(m, 'listening'))
    return {
      url,
      meilisearch: { url: meili.url, embedded: meili.embedded, pid: meili.pid },
      report,
      apiPid: server.pid,
      stop: async () => {
        await stopWorker(server)
        await meili.stop()
      },
    }
  } catch (error) {
    await Promise.all([...workers].map(stopWorker))
    await meili.stop()
    // Ctrl-C reaches Meilisearch too, so a worker stopped by it may fail on a request first:
    // the stop is the reason, not that request.
    throw options.signal?.aborted ? options.signal.reason : error
  }
}
