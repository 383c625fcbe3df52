#!/usr/bin/env node
/**
 * The one command: `pnpm start [-- --port 9000 --data <dir>]` from the repository root.
 * Starts (or, with MEILI_URL, uses) Meilisearch, indexes the sheets incrementally, prints what
 * was indexed and what was skipped, makes sure a search-only key exists and serves the API with
 * it. Ctrl-C stops everything it started.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLogger } from '@projektbank/meili'
import { parseStartArgs } from './_cli-args.js'
import { type RunningProjektbank, startProjektbank } from './start-projektbank.js'

const USAGE = `Usage: pnpm start [-- --port <port>] [--host <host>] [--data <folder of sheets>]

  --port, -p   port of the API (default $PORT or 8787)
  --host       interface to listen on (default $HOST or 127.0.0.1)
  --data, -d   sheets to index (default <repository>/seeds)

Environment: MEILI_URL (+ MEILI_MASTER_KEY) to use an external Meilisearch instead of the
embedded one, PROJEKTBANK_DATA_DIR, MEILI_PARALLEL_FACETS, CORS_ORIGINS, EXPORT_CAP,
UPSTREAM_TIMEOUT_MS, HEAVY_TIMEOUT_MS, PUBLIC_CONTACT, HSTS, LOG_LEVEL; load limits SEARCH_CONCURRENCY,
SEARCH_QUEUE, EXPORT_CONCURRENCY, EXPORT_QUEUE, QUEUE_TIMEOUT_MS, RATE_LIMIT_PER_MINUTE,
HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, MAX_CONNECTIONS (see the README's configuration table).`

/** `<repository>/seeds`, found from this file (dist/start.js or src/start.ts). */
const DEFAULT_SHEETS = fileURLToPath(new URL('../../../seeds', import.meta.url))

async function main(): Promise<void> {
  const options = parseStartArgs(process.argv.slice(2), process.env)
  if (options.help) {
    console.log(USAGE)
    return
  }
  const logger = createLogger({ level: process.env.LOG_LEVEL === 'debug' ? 'debug' : 'info' })
  const sheets = options.data ? resolve(process.cwd(), options.data) : DEFAULT_SHEETS
  // Signals are handled here, once: before the API runs they abort the indexing run (which
  // stops Meilisearch); after, they close the API and then stop Meilisearch.
  const aborting = new AbortController()
  const starting = startProjektbank({
    sheets,
    port: options.port,
    host: options.host,
    signal: aborting.signal,
    logger,
    workerLogLevel: process.env.LOG_LEVEL === 'debug' ? 'debug' : 'info',
    out: process.stdout,
  })
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info('stopping', { signal })
    aborting.abort(new Error(`stopped by ${signal}`))
    // A start that fails on the abort has stopped its Meilisearch already.
    const started: RunningProjektbank | undefined = await starting.catch(() => undefined)
    await started?.stop()
    process.exit(0)
  }
  process.once('SIGINT', () => void stop('SIGINT'))
  process.once('SIGTERM', () => void stop('SIGTERM'))

  const running = await starting
  if (stopping) return
  const base = running.url
  const meili = running.meilisearch
  console.log(`
  Projektbank is running
    API      ${base}/search?q=unga
    Docs     ${base}/docs
    Search   ${base}/
    Meilisearch ${meili.url}${meili.embedded ? ` (embedded, pid ${meili.pid})` : ''}
  Press Ctrl-C to stop.
`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
