#!/usr/bin/env node
/**
 * The one command: `pnpm start [-- --port 9000 --data <dir>]` from the repository root.
 * Starts (or, with MEILI_URL, uses) Meilisearch, indexes the sheets incrementally, makes sure
 * a search-only key exists and serves the API with it. Ctrl-C stops everything it started.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { indexSheets } from '@projektbank/indexer'
import {
  createLogger,
  DEFAULT_INDEX,
  ensureSearchKey,
  resolveMeilisearch,
  storeSearchKey,
} from '@projektbank/meili'
import { parseCliArgs } from './_cli-args.js'
import { createApp } from './app.js'
import { configFromEnv } from './config.js'
import { createMeilisearchGateway } from './meilisearch-gateway.js'
import { type ServedApp, serveApp } from './serve-app.js'
import { resolveServerLimits, serverLimitsFromEnv } from './server-limits.js'
import { loadAnalyzer } from './swedish-analyzer.js'

const USAGE = `Usage: pnpm start [-- --port <port>] [--host <host>] [--data <folder of sheets>]

  --port, -p   port of the API (default $PORT or 8787)
  --host       interface to listen on (default $HOST or 127.0.0.1)
  --data, -d   sheets to index (default <repository>/seeds)

Environment: MEILI_URL (+ MEILI_MASTER_KEY) to use an external Meilisearch instead of the
embedded one, PROJEKTBANK_DATA_DIR, MEILI_PARALLEL_FACETS, CORS_ORIGINS, EXPORT_CAP,
UPSTREAM_TIMEOUT_MS, LOG_LEVEL; load limits SEARCH_CONCURRENCY, SEARCH_QUEUE, EXPORT_CONCURRENCY,
EXPORT_QUEUE, QUEUE_TIMEOUT_MS, RATE_LIMIT_PER_MINUTE, HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS,
MAX_CONNECTIONS (see the README's configuration table).`

/** `<repository>/seeds`, found from this file (dist/start.js or src/start.ts). */
const DEFAULT_SHEETS = fileURLToPath(new URL('../../../seeds', import.meta.url))

async function main(): Promise<void> {
  const options = parseCliArgs(process.argv.slice(2), process.env)
  if (options.help) {
    console.log(USAGE)
    return
  }
  const logger = createLogger({ level: process.env.LOG_LEVEL === 'debug' ? 'debug' : 'info' })
  const sheets = options.data ? resolve(process.cwd(), options.data) : DEFAULT_SHEETS
  // Settings are checked before anything starts: a typo should not cost an indexing run.
  const config = configFromEnv(process.env)
  const limits = resolveServerLimits(serverLimitsFromEnv(process.env))

  // Before Meilisearch starts: a missing lexicon should not cost a server start and stop.
  const analyzer = await loadAnalyzer()
  // Signals are handled here, once, so that the server closes before Meilisearch stops.
  const meili = await resolveMeilisearch({ handleSignals: false, logger })
  let served: ServedApp | undefined
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info('stopping', { signal })
    await served?.close()
    await meili.stop()
    process.exit(0)
  }
  process.once('SIGINT', () => void stop('SIGINT'))
  process.once('SIGTERM', () => void stop('SIGTERM'))

  try {
    const started = Date.now()
    const report = await indexSheets({
      meili,
      inputs: [sheets],
      index: DEFAULT_INDEX,
      mode: 'incremental',
      analyze: analyzer.analyzeText,
      logger,
    })
    logger.info('index ready', {
      sheets,
      documents: report.documents.total,
      ms: Date.now() - started,
    })
    const searchKey = process.env.MEILI_SEARCH_KEY || (await ensureSearchKey(meili)).key
    if (!process.env.MEILI_SEARCH_KEY) await storeSearchKey(searchKey, meili.dataDir)
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
    const base = served.url
    console.log(`
  Projektbank is running
    API      ${base}/search?q=unga
    Docs     ${base}/docs
    Search   ${base}/
    Meilisearch ${meili.url}${meili.embedded ? ` (embedded, pid ${meili.pid})` : ''}
  Press Ctrl-C to stop.
`)
  } catch (error) {
    await meili.stop()
    throw error
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
