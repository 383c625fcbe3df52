import type { ScannedSheet } from './_scan-sheets.js'
import {
  type DuplicateId,
  type IndexFailure,
  type IndexReport,
  type IndexTimings,
  zeroTimings,
} from './report.js'

/** Collects what happens during a run into an {@link IndexReport}. */
export class ReportBuilder {
  readonly startedAt = new Date()
  readonly timings: IndexTimings = zeroTimings()
  readonly files = { seen: 0, parsed: 0, unchanged: 0, indexed: 0, failed: 0, withErrors: 0 }
  readonly documents = { sent: 0, deleted: 0, total: null as number | null }
  readonly tasks = { enqueued: 0, succeeded: 0 }
  private readonly diagnosticCounts: Record<string, number> = {}
  private readonly severityCounts = { error: 0, warning: 0, info: 0 }
  /** Failures with the input position of their file, sorted into input order at the end. */
  private readonly failures: { position: number; failure: IndexFailure }[] = []
  /** The file whose document has the id: the last one in input order. */
  private readonly winnerOfId = new Map<string, string>()
  private readonly positionOf = new Map<string, number>()
  /** Every file of an id given by several, with its input position. */
  private readonly duplicates = new Map<string, { position: number; file: string }[]>()

  constructor(
    private readonly mode: IndexReport['mode'],
    private readonly index: string | null,
  ) {}

  /** Ids of every document that belongs in the index (parsed or unchanged). */
  get ids(): ReadonlySet<string> {
    return new Set(this.winnerOfId.keys())
  }

  /** The file whose document has this id so far. */
  winnerOf(id: string): string | undefined {
    return this.winnerOfId.get(id)
  }

  get idCount(): number {
    return this.winnerOfId.size
  }

  /**
   * Counts a scanned sheet found at `position` in the inputs. Sheets are scanned from the
   * last to the first, so the first file to give an id is the one that wins; the id is
   * returned for it, and undefined for a sheet that gave no document or lost to a later file.
   */
  add(sheet: ScannedSheet, position: number): string | undefined {
    this.files.seen++
    if (sheet.kind === 'unreadable') {
      this.files.failed++
      this.failures.push({
        position,
        failure: {
          file: sheet.name,
          line: 1,
          column: 1,
          code: 'unreadable-file',
          message: sheet.error,
        },
      })
      return undefined
    }
    if (sheet.kind === 'unchanged') {
      this.files.unchanged++
      return this.claim(sheet.id, sheet.name, position)
    }
    this.files.parsed++
    let errors = 0
    for (const diagnostic of sheet.diagnostics) {
      this.diagnosticCounts[diagnostic.code] = (this.diagnosticCounts[diagnostic.code] ?? 0) + 1
      this.severityCounts[diagnostic.severity]++
      if (diagnostic.severity !== 'error') continue
      errors++
      this.failures.push({
        position,
        failure: {
          file: sheet.name,
          line: diagnostic.line,
          column: diagnostic.column,
          code: diagnostic.code,
          message: diagnostic.message,
        },
      })
    }
    if (errors > 0) this.files.withErrors++
    if (!sheet.document) {
      this.files.failed++
      return undefined
    }
    return this.claim(sheet.document.id, sheet.name, position)
  }

  build(): IndexReport {
    const finishedAt = new Date()
    const t = this.timings
    t.totalMs = finishedAt.getTime() - this.startedAt.getTime()
    t.indexerMs = t.readMs + t.parseMs + t.analyseMs + t.serialiseMs + t.sendMs
    const duplicateIds: DuplicateId[] = [...this.duplicates]
      .map(([id, files]) => ({ id, files: files.sort((a, b) => a.position - b.position) }))
      .sort((a, b) => (a.files[0]?.position ?? 0) - (b.files[0]?.position ?? 0))
      .map(({ id, files }) => ({ id, files: files.map((f) => f.file) }))
    const failures = this.failures
      .sort((a, b) => a.position - b.position)
      .map(({ failure }) => failure)
    return {
      index: this.index,
      mode: this.mode,
      ok: this.files.failed === 0 && this.files.withErrors === 0,
      files: { ...this.files },
      documents: { ...this.documents },
      diagnosticCounts: Object.fromEntries(
        Object.entries(this.diagnosticCounts).sort(([a], [b]) => (a < b ? -1 : 1)),
      ),
      severityCounts: { ...this.severityCounts },
      failures,
      duplicateIds,
      tasks: { ...this.tasks },
      timings: roundTimings(t),
      startedAt: this.startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
    }
  }

  private claim(id: string, file: string, position: number): string | undefined {
    const winner = this.winnerOfId.get(id)
    if (winner === undefined) {
      this.winnerOfId.set(id, file)
      this.positionOf.set(id, position)
      this.files.indexed++
      return id
    }
    const files = this.duplicates.get(id) ?? []
    if (files.length === 0) files.push({ position: this.positionOf.get(id) ?? 0, file: winner })
    files.push({ position, file })
    this.duplicates.set(id, files)
    return undefined
  }
}

function roundTimings(timings: IndexTimings): IndexTimings {
  const rounded = { ...timings }
  for (const key of Object.keys(rounded) as (keyof IndexTimings)[]) {
    rounded[key] = Math.round(rounded[key])
  }
  return rounded
}
