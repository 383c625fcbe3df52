/**
 * The indexing worker of the one-command start, a child process of it: the only process that
 * is given the master key after Meilisearch is launched. It indexes the sheets, makes sure the
 * search-only key exists (and deletes the embedded server's default keys), sends the report and
 * the search key back, and exits; the serving process is started only after that and only
 * with the search key. See `start-projektbank.ts` for the whole process tree.
 */
import { indexSheets, readRedactionList } from '@projektbank/indexer'
import {
  createLogger,
  DEFAULT_INDEX,
  deleteDefaultKeys,
  ensureSearchKey,
  silentLogger,
  storeSearchKey,
} from '@projektbank/meili'
import { loadAnalyzer } from '@projektbank/search-api'
import type { IndexDone, IndexJob } from './_messages.js'
import { runWorker } from './_run-worker.js'

runWorker<IndexJob>('index', async (job, signal) => {
  const logger = job.logLevel === 'silent' ? silentLogger : createLogger({ level: job.logLevel })
  const env = process.env
  const redact = env.PROJEKTBANK_REDACT_FILE
    ? await readRedactionList(env.PROJEKTBANK_REDACT_FILE)
    : undefined
  const analyzer = await loadAnalyzer()
  const meili = { ...job.meili, ownerPid: job.meili.pid }
  const report = await indexSheets({
    meili,
    inputs: [job.sheets],
    index: DEFAULT_INDEX,
    mode: 'incremental',
    analyze: analyzer.analyzeText,
    // A new lexicon rewrites the twins on the next start, though no sheet changed.
    analysisDigest: analyzer.analysisDigest,
    signal,
    logger,
    ...(redact ? { redact } : {}),
  })
  const searchKey = env.MEILI_SEARCH_KEY || (await ensureSearchKey(meili)).key
  if (!env.MEILI_SEARCH_KEY) await storeSearchKey(searchKey, job.meili.dataDir)
  // Only on the embedded server: the keys of a MEILI_URL server are its owner's business.
  const removed = await deleteDefaultKeys(meili)
  const done: IndexDone = {
    type: 'indexed',
    report,
    searchKey,
    deletedDefaultKeys: removed.length,
  }
  return { reply: done }
})
