import type { SheetInput } from './_list-inputs.js'
import { type NdjsonBatch, NdjsonBatcher } from './_ndjson-batcher.js'
import type { ReportBuilder } from './_report-builder.js'
import { scanSheets } from './_scan-sheets.js'
import type { Logger } from './logger.js'

/** How {@link loadSheets} reads and batches. */
export interface LoadOptions {
  analyze: (text: string) => string
  readAhead: number
  maxDocuments: number
  maxBytes: number
  /** Id of an indexed document with these bytes, for incremental runs. */
  unchangedId?: ((sha256: string) => string | undefined) | undefined
  signal?: AbortSignal | undefined
  logger: Logger
  /** Called after every sheet. */
  onSheet?: () => void
}

/**
 * Scans every sheet into the report and hands full NDJSON batches to `send` (nothing is sent
 * when `send` is absent: a dry run). Returns when the last batch has been handed over.
 */
export async function loadSheets(
  sheets: readonly SheetInput[],
  report: ReportBuilder,
  options: LoadOptions,
  send?: (batch: NdjsonBatch) => Promise<void>,
): Promise<void> {
  const batcher = new NdjsonBatcher({
    maxDocuments: options.maxDocuments,
    maxBytes: options.maxBytes,
  })
  const unchangedId = options.unchangedId
  const scanned = scanSheets(sheets, {
    analyze: options.analyze,
    timings: report.timings,
    readAhead: options.readAhead,
    signal: options.signal,
    // A file whose id another file already gave in this run is parsed and sent again even if
    // unchanged: it comes later, so it must win.
    unchangedId:
      unchangedId &&
      ((sha256) => {
        const id = unchangedId(sha256)
        return id !== undefined && !report.hasId(id) ? id : undefined
      }),
  })
  for await (const sheet of scanned) {
    const id = report.add(sheet)
    const duplicates = id === undefined ? undefined : report.duplicateFiles(id)
    if (duplicates && duplicates.at(-1) === sheet.name) {
      options.logger.warn('duplicate project id, the later file wins', {
        id,
        file: sheet.name,
        earlier: duplicates.at(-2),
      })
    }
    if (sheet.kind === 'parsed' && sheet.document && send) {
      const full = batcher.add(sheet.document.line)
      if (full) await sendBatch(full)
    }
    options.onSheet?.()
  }
  const last = batcher.flush()
  if (last && send) await sendBatch(last)

  async function sendBatch(batch: NdjsonBatch): Promise<void> {
    await send?.(batch)
    report.documents.sent += batch.count
  }
}
