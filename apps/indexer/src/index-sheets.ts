import {
  DEFAULT_INDEX,
  type Logger,
  type MeiliConnection,
  meiliRequest,
  silentLogger,
  vocabularyIndexOf,
} from '@projektbank/meili'
import type { EnqueuedTask } from 'meilisearch'
import { documentCodeDigest } from './_code-digest.js'
import { defaultAnalysisDigest, loadIndexAnalysis } from './_default-analyzer.js'
import { fullRebuild } from './_full-rebuild.js'
import { incrementalUpdate } from './_incremental-update.js'
import { indexExists } from './_index-operations.js'
import { InputError, listInputs, type SheetInput } from './_list-inputs.js'
import { loadSheets } from './_load-sheets.js'
import { ReportBuilder } from './_report-builder.js'
import type { RunContext } from './_run-context.js'
import { TaskPipeline } from './_task-pipeline.js'
import { writeVocabulary } from './_write-vocabulary.js'
import { indexSettingsDiffer } from './apply-index-settings.js'
import type { IndexProgress } from './index-progress.js'
import type { RedactionList } from './redaction-list.js'
import type { IndexReport } from './report.js'

export type { IndexProgress } from './index-progress.js'

/**
 * An indexing run that failed after it started loading: carries Meilisearch's or the
 * system's error as `cause`, and the report of what had happened until then.
 *
 * @example
 * try { await indexSheets(options) } catch (e) { if (e instanceof IndexRunError) e.report.files }
 */
export class IndexRunError extends Error {
  override readonly name = 'IndexRunError'
  constructor(
    cause: unknown,
    readonly report: IndexReport,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause })
  }
}

/** Options of {@link indexSheets}. */
export interface IndexSheetsOptions {
  meili: MeiliConnection
  /** Files, directories (every `.txt` below them) and `-` for one sheet on standard input. */
  inputs: readonly string[]
  /** The live index (default {@link DEFAULT_INDEX}). */
  index?: string
  /**
   * `full` (default): build a new index and swap it in. `incremental`: update the live index
   * in place, sending only new and changed sheets and deleting vanished ones; falls back to
   * `full` when the live index does not exist yet or its settings differ from
   * {@link INDEX_SETTINGS}.
   */
  mode?: 'full' | 'incremental'
  /** Documents per batch (default 1000). */
  batchSize?: number
  /** Bytes per batch (default 10 MB). */
  maxBatchBytes?: number
  /** Unfinished Meilisearch tasks allowed before sending waits (default 4). */
  maxPendingTasks?: number
  /** How long any one Meilisearch task may take (default 10 minutes). */
  taskTimeoutMs?: number
  /** Swedish analysis for the `svTerms` twins; default `@projektbank/analyzer`. */
  analyze?: (text: string) => string
  /**
   * What `analyze` depends on, as a digest (`analysisDigest` of `@projektbank/analyzer` for
   * an analysis built on it). Stored with every document: an incremental run under another
   * digest rewrites them all, so the twins never lag behind a new lexicon. Default: the
   * default analysis's own digest; none for a given `analyze` without one.
   */
  analysisDigest?: string
  onProgress?: (progress: IndexProgress) => void
  signal?: AbortSignal
  logger?: Logger
  /** Stream read for the input `-` (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream
  /**
   * People whose data must not be indexed (see `readRedactionList`); the run removes them from
   * every document it writes, and a changed list makes an incremental run rewrite every one.
   */
  redact?: RedactionList
}

/**
 * Parses project sheets and loads them into Meilisearch without downtime.
 *
 * A full run builds `<index>__build_<timestamp>`: settings first (waited for and checked),
 * then the documents in NDJSON batches, every task's status checked; it verifies the document
 * count and swaps the new index with the live one in one atomic step. Readers never see a
 * partial index; a failed run leaves the live index untouched. An incremental run hashes every
 * file, re-parses only those whose bytes are not in the index, and deletes documents whose
 * sheet is gone. Sheets with error diagnostics are indexed when they give a project, and
 * reported.
 *
 * @example
 * const report = await indexSheets({
 *   meili: { url: meili.url, apiKey: meili.masterKey },
 *   inputs: ['seeds/'],
 * })
 * report.documents.total // 5
 * report.failures // [] when no sheet had an error diagnostic
 */
export async function indexSheets(options: IndexSheetsOptions): Promise<IndexReport> {
  const index = options.index ?? DEFAULT_INDEX
  if (!/^[A-Za-z0-9_-]+$/.test(index) || index.includes('__build_')) {
    throw new InputError(
      `Invalid index name ${JSON.stringify(index)}: use letters, digits, - and _ (and not "__build_")`,
    )
  }
  const { meili, signal } = options
  const logger = options.logger ?? silentLogger
  const progress: IndexProgress = {
    phase: 'listing',
    filesTotal: 0,
    filesDone: 0,
    documentsSent: 0,
    tasksEnqueued: 0,
    tasksDone: 0,
  }
  const emit = (phase?: IndexProgress['phase']) => {
    if (phase) progress.phase = phase
    options.onProgress?.({ ...progress })
  }
  emit()
  const sheets = await listNonEmpty(options)
  progress.filesTotal = sheets.length
  const analyze = await loadIndexAnalysis(options.analyze)
  emit('preparing')
  if (options.redact) {
    logger.info('redaction list in force', {
      ids: options.redact.ids.size,
      emails: options.redact.emails.size,
    })
  }

  const live = await indexExists(meili, index, signal)
  let mode: 'full' | 'incremental' = 'full'
  if (options.mode === 'incremental') {
    if (!live) {
      logger.info('no live index yet, building it in full', { index })
    } else if (await indexSettingsDiffer(meili, index, undefined, signal)) {
      // New settings must reach every document, not just the changed ones: rebuild, still
      // without downtime.
      logger.info('index settings changed, rebuilding in full', { index })
    } else {
      mode = 'incremental'
    }
  }
  const report = new ReportBuilder(mode, index)
  const timeoutMs = options.taskTimeoutMs ?? 600_000
  const pipeline = new TaskPipeline(meili, report, {
    maxPending: options.maxPendingTasks ?? 4,
    taskTimeoutMs: timeoutMs,
    signal,
    onTaskDone: () => {
      progress.tasksDone++
      emit()
    },
  })
  const load = async (target: string, unchangedId?: (sha256: string) => string | undefined) => {
    emit('loading')
    await loadSheets(
      sheets,
      report,
      {
        analyze,
        maxDocuments: options.batchSize ?? 1000,
        maxBytes: options.maxBatchBytes ?? 10_000_000,
        unchangedId,
        signal,
        logger,
        redaction: options.redact,
        analysisDigest:
          options.analysisDigest ?? (options.analyze ? undefined : defaultAnalysisDigest()),
        codeDigest: documentCodeDigest(),
        onSheet: () => {
          progress.filesDone++
          emit()
        },
      },
      async (batch) => {
        await pipeline.enqueue(() =>
          meiliRequest<EnqueuedTask>(meili, 'POST', `/indexes/${target}/documents`, {
            body: batch.body,
            contentType: 'application/x-ndjson',
            query: { primaryKey: 'id' },
            signal,
            timeoutMs: 120_000,
          }),
        )
        progress.documentsSent += batch.count
        progress.tasksEnqueued++
        emit()
      },
    )
    emit('waiting')
    await pipeline.drain()
  }
  const context: RunContext = {
    meili,
    index,
    report,
    pipeline,
    logger,
    signal,
    operation: { timeoutMs, signal },
    emit,
    load,
  }
  try {
    if (mode === 'full') await fullRebuild(context, live)
    else await incrementalUpdate(context)
  } catch (error) {
    pipeline.abandon()
    report.timings.meiliTaskMs = pipeline.meiliTaskMs
    throw new IndexRunError(error, report.build())
  }
  report.timings.meiliTaskMs = pipeline.meiliTaskMs
  const changed = mode === 'full' || report.documents.sent > 0 || report.documents.deleted > 0
  if (changed || !(await indexExists(meili, vocabularyIndexOf(index), signal))) {
    // The words the search API corrects typos against; without them it still searches, so a
    // failure here is reported, not fatal.
    try {
      const words = await writeVocabulary(meili, index, { timeoutMs, signal })
      logger.info('wrote the index vocabulary', { index: vocabularyIndexOf(index), words })
    } catch (error) {
      logger.warn('could not write the index vocabulary', {
        index: vocabularyIndexOf(index),
        error: error instanceof Error ? error.message : String(error),
      })
    }
  }
  emit('done')
  return report.build()
}

async function listNonEmpty(options: IndexSheetsOptions): Promise<SheetInput[]> {
  if (options.inputs.length === 0)
    throw new InputError('No input given: name files or directories of sheets')
  const sheets = await listInputs(options.inputs, { stdin: options.stdin })
  if (sheets.length === 0) {
    throw new InputError(`No .txt sheets found in ${options.inputs.join(', ')}`)
  }
  return sheets
}
