/**
 * The serving worker of the one-command start, a child process of it: it serves the API and
 * the search page with the search-only key it is sent, and is never given the master key (its
 * environment has no admin key either). See `start-projektbank.ts` for the whole process tree.
 */
import { createLogger, DEFAULT_INDEX, silentLogger, vocabularyIndexOf } from '@projektbank/meili'
import {
  configFromEnv,
  createApp,
  createMeilisearchGateway,
  createVocabularySource,
  loadAnalyzer,
  serveApp,
  serverLimitsFromEnv,
  type VocabularySource,
} from '@projektbank/search-api'
import type { Listening, ServeJob } from './_messages.js'
import { runWorker } from './_run-worker.js'

runWorker<ServeJob>('serve', async (job, signal) => {
  const logger = job.logLevel === 'silent' ? silentLogger : createLogger({ level: job.logLevel })
  let words: VocabularySource | undefined
  const analyzer = await loadAnalyzer({ vocabulary: () => words?.current() })
  // The index's words, for typo correction; read again when a later run rewrites them.
  words = createVocabularySource(
    createMeilisearchGateway({
      url: job.meiliUrl,
      apiKey: job.searchKey,
      indexUid: vocabularyIndexOf(DEFAULT_INDEX),
    }),
  )
  await words.refresh(signal)
  const stopWatching = words.watch()
  const app = createApp({
    search: createMeilisearchGateway({
      url: job.meiliUrl,
      apiKey: job.searchKey,
      indexUid: DEFAULT_INDEX,
    }),
    analyzer: analyzer.search,
    config: configFromEnv(process.env),
    preloadStats: true,
  })
  const served = await serveApp(app, {
    port: job.port,
    host: job.host,
    limits: serverLimitsFromEnv(process.env),
  })
  logger.debug('api listening', { url: served.url, pid: process.pid })
  const listening: Listening = { type: 'listening', url: served.url }
  return {
    reply: listening,
    close: async () => {
      stopWatching()
      await served.close()
    },
  }
})
