import type { Logger } from '@projektbank/meili'
import type { SheetInput } from './_list-inputs.js'
import { type NdjsonBatch, NdjsonBatcher } from './_ndjson-batcher.js'
import type { ReportBuilder } from './_report-builder.js'
import { scanSheets } from './_scan-sheets.js'
import type { RedactionList } from './redaction-list.js'

/** How {@link loadSheets} reads and batches. */
export interface LoadOptions {
  analyze: (text: string) => string
  maxDocuments: number
  maxBytes: number
  /** Id of an indexed document with these bytes, for incremental runs. */
  unchangedId?: ((sha256: string) => string | undefined) | undefined
  signal?: AbortSignal | undefined
  logger: Logger
  /** Called after every sheet. */
  onSheet?: () => void
  /** People whose data stays out of the index. */
  redaction?: RedactionList | undefined
  /** See `ScanOptions.analysisDigest`. */
  analysisDigest?: string | undefined
  /** See `ScanOptions.codeDigest`. */
  codeDigest?: string | undefined
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
  // Last file first: when several files give the same project id, the last one wins, and
  // meeting it first means the others are never sent (so a re-run with no changes sends
  // nothing, duplicates or not).
  const order = sheets.map((_, position) => position).reverse()
  const scanned = scanSheets(
    order.map((position) => sheets[position] as SheetInput),
    {
      analyze: options.analyze,
      timings: report.timings,
      signal: options.signal,
      unchangedId: options.unchangedId,
      redaction: options.redaction,
      analysisDigest: options.analysisDigest,
      codeDigest: options.codeDigest,
    },
  )
  let next = 0
  for await (const sheet of scanned) {
    const position = order[next++] ?? 0
    const id = report.add(sheet, position)
    if (id === undefined && sheet.kind !== 'unreadable') {
      const lost = sheet.kind === 'unchanged' ? sheet.id : sheet.document?.id
      const winner = lost === undefined ? undefined : report.winnerOf(lost)
      if (winner !== undefined) {
        options.logger.warn('duplicate project id, the later file wins', {
          id: lost,
          file: sheet.name,
          later: winner,
        })
      }
    }
    if (send && id !== undefined && sheet.kind === 'parsed' && sheet.document) {
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
