import type { ScannedSheet } from './_scan-sheets.js'
import type { DuplicateId, IndexFailure, IndexReport, IndexTimings } from './report.js'

/** Collects what happens during a run into an {@link IndexReport}. */
export class ReportBuilder {
  readonly startedAt = new Date()
  readonly timings: IndexTimings = {
    totalMs: 0,
    readMs: 0,
    parseMs: 0,
    analyseMs: 0,
    serialiseMs: 0,
    sendMs: 0,
    waitMs: 0,
    indexerMs: 0,
    meiliTaskMs: 0,
  }
  readonly files = { seen: 0, parsed: 0, unchanged: 0, indexed: 0, failed: 0, withErrors: 0 }
  readonly documents = { sent: 0, deleted: 0, total: null as number | null }
  readonly tasks = { enqueued: 0, succeeded: 0 }
  private readonly diagnosticCounts: Record<string, number> = {}
  private readonly severityCounts = { error: 0, warning: 0, info: 0 }
  private readonly failures: IndexFailure[] = []
  /** First file of every id seen in this run. */
  private readonly fileOfId = new Map<string, string>()
  private readonly duplicates = new Map<string, string[]>()

  constructor(
    private readonly mode: IndexReport['mode'],
    private readonly index: string | null,
  ) {}

  /** Ids of every document the inputs produced (parsed or unchanged). */
  get ids(): ReadonlySet<string> {
    return new Set(this.fileOfId.keys())
  }

  hasId(id: string): boolean {
    return this.fileOfId.has(id)
  }

  get idCount(): number {
    return this.fileOfId.size
  }

  /**
   * Counts a scanned sheet. Returns the id its document takes in the index, or undefined when
   * it gave none; records a duplicate when another file already gave the id.
   */
  add(sheet: ScannedSheet): string | undefined {
    this.files.seen++
    if (sheet.kind === 'unreadable') {
      this.files.failed++
      this.failures.push({
        file: sheet.name,
        line: 1,
        column: 1,
        code: 'unreadable-file',
        message: sheet.error,
      })
      return undefined
    }
    if (sheet.kind === 'unchanged') {
      this.files.unchanged++
      this.files.indexed++
      return this.claim(sheet.id, sheet.name)
    }
    this.files.parsed++
    let errors = 0
    for (const diagnostic of sheet.diagnostics) {
      this.diagnosticCounts[diagnostic.code] = (this.diagnosticCounts[diagnostic.code] ?? 0) + 1
      this.severityCounts[diagnostic.severity]++
      if (diagnostic.severity !== 'error') continue
      errors++
      this.failures.push({
        file: sheet.name,
        line: diagnostic.line,
        column: diagnostic.column,
        code: diagnostic.code,
        message: diagnostic.message,
      })
    }
    if (errors > 0) this.files.withErrors++
    if (!sheet.document) {
      this.files.failed++
      return undefined
    }
    this.files.indexed++
    return this.claim(sheet.document.id, sheet.name)
  }

  /** Duplicates so far, for logging as they happen. */
  duplicateFiles(id: string): readonly string[] | undefined {
    return this.duplicates.get(id)
  }

  build(): IndexReport {
    const finishedAt = new Date()
    const t = this.timings
    t.totalMs = finishedAt.getTime() - this.startedAt.getTime()
    t.indexerMs = t.readMs + t.parseMs + t.analyseMs + t.serialiseMs + t.sendMs
    const duplicateIds: DuplicateId[] = [...this.duplicates].map(([id, files]) => ({ id, files }))
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
      failures: [...this.failures],
      duplicateIds,
      tasks: { ...this.tasks },
      timings: roundTimings(t),
      startedAt: this.startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
    }
  }

  private claim(id: string, file: string): string {
    const first = this.fileOfId.get(id)
    if (first === undefined) {
      this.fileOfId.set(id, file)
    } else {
      const files = this.duplicates.get(id) ?? [first]
      files.push(file)
      this.duplicates.set(id, files)
    }
    return id
  }
}

function roundTimings(timings: IndexTimings): IndexTimings {
  const rounded = { ...timings }
  for (const key of Object.keys(rounded) as (keyof IndexTimings)[]) {
    rounded[key] = Math.round(rounded[key])
  }
  return rounded
}
