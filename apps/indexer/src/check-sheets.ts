import { type Logger, silentLogger } from '@projektbank/meili'
import { loadIndexAnalysis } from './_default-analyzer.js'
import { InputError, listInputs } from './_list-inputs.js'
import { loadSheets } from './_load-sheets.js'
import { ReportBuilder } from './_report-builder.js'
import type { IndexProgress } from './index-progress.js'
import type { IndexReport } from './report.js'

/** Options of {@link checkSheets}. */
export interface CheckSheetsOptions {
  /** Files, directories (every `.txt` below them) and `-` for one sheet on standard input. */
  inputs: readonly string[]
  /** Swedish analysis, run as for indexing so that a dry run exercises the same code. */
  analyze?: (text: string) => string
  onProgress?: (progress: IndexProgress) => void
  signal?: AbortSignal
  logger?: Logger
  stdin?: NodeJS.ReadableStream
}

/**
 * Parses and analyses the sheets exactly as {@link indexSheets} would, without Meilisearch:
 * the report of a dry run (`projektbank-index --dry-run`).
 *
 * @example
 * const report = await checkSheets({ inputs: ['seeds/'] })
 * report.ok // false when some sheet has an error diagnostic
 */
export async function checkSheets(options: CheckSheetsOptions): Promise<IndexReport> {
  if (options.inputs.length === 0) {
    throw new InputError('No input given: name files or directories of sheets')
  }
  const sheets = await listInputs(options.inputs, { stdin: options.stdin })
  if (sheets.length === 0)
    throw new InputError(`No .txt sheets found in ${options.inputs.join(', ')}`)
  const analyze = await loadIndexAnalysis(options.analyze)
  const report = new ReportBuilder('dry-run', null)
  const progress: IndexProgress = {
    phase: 'loading',
    filesTotal: sheets.length,
    filesDone: 0,
    documentsSent: 0,
    tasksEnqueued: 0,
    tasksDone: 0,
  }
  await loadSheets(sheets, report, {
    analyze,
    maxDocuments: 1000,
    maxBytes: 10_000_000,
    signal: options.signal,
    logger: options.logger ?? silentLogger,
    onSheet: () => {
      progress.filesDone++
      options.onProgress?.({ ...progress })
    },
  })
  options.onProgress?.({ ...progress, phase: 'done' })
  return report.build()
}
