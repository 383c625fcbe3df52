#!/usr/bin/env node
/**
 * Serves the API against a running Meilisearch, without indexing anything:
 * `MEILI_URL=http://127.0.0.1:7700 MEILI_SEARCH_KEY=… projektbank-api --port 8787`.
 * The key may also come from the file the indexer stores (`<data dir>/search-key`).
 */
import { DEFAULT_INDEX, readSearchKey, vocabularyIndexOf } from '@projektbank/meili'
import { createApp } from './app.js'
import { configFromEnv } from './config.js'
import { createMeilisearchGateway } from './meilisearch-gateway.js'
import { serveApp } from './serve-app.js'
import { parseServeArgs } from './serve-args.js'
import { resolveServerLimits, serverLimitsFromEnv } from './server-limits.js'
import { loadAnalyzer } from './swedish-analyzer.js'
import { createVocabularySource } from './vocabulary-source.js'

async function main(): Promise<void> {
  const options = parseServeArgs(process.argv.slice(2), process.env)
  if (options.help) {
    console.log(
      'Usage: projektbank-api [--port <port>] [--host <host>]\n\nEnvironment: MEILI_URL, MEILI_SEARCH_KEY (or PROJEKTBANK_DATA_DIR/search-key), MEILI_INDEX, MEILI_PARALLEL_FACETS, CORS_ORIGINS, EXPORT_CAP, UPSTREAM_TIMEOUT_MS, HEAVY_TIMEOUT_MS, PUBLIC_CONTACT, HSTS, and the load limits of the README (SEARCH_CONCURRENCY, SEARCH_QUEUE, EXPORT_CONCURRENCY, EXPORT_QUEUE, QUEUE_TIMEOUT_MS, RATE_LIMIT_PER_MINUTE, HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, MAX_CONNECTIONS)',
    )
    return
  }
  const url = process.env.MEILI_URL ?? 'http://127.0.0.1:7700'
  const apiKey = process.env.MEILI_SEARCH_KEY || (await readSearchKey())
  const indexUid = process.env.MEILI_INDEX || DEFAULT_INDEX
  const words = createVocabularySource(
    createMeilisearchGateway({ url, apiKey, indexUid: vocabularyIndexOf(indexUid) }),
  )
  await words.refresh()
  words.watch()
  const analyzer = await loadAnalyzer({ vocabulary: words.current })
  const app = createApp({
    search: createMeilisearchGateway({ url, apiKey, indexUid }),
    analyzer: analyzer.search,
    config: configFromEnv(process.env),
    preloadStats: true,
  })
  const limits = resolveServerLimits(serverLimitsFromEnv(process.env))
  const served = await serveApp(app, { port: options.port, host: options.host, limits })
  console.log(
    JSON.stringify({ level: 'info', msg: 'listening', port: served.port, meilisearch: url }),
  )
  const stop = () => void served.close().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
