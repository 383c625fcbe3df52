/**
 * One problem that makes a file count as failing: an `error` diagnostic from the parser, or
 * `unreadable-file` when the file could not be read at all. Positions are 1-based.
 *
 * @example
 * const failure: IndexFailure = {
 *   file: 'seeds/007.txt', line: 12, column: 18, code: 'bad-amount',
 *   message: 'Beviljat ESF-stöd: expected an amount like "1 234 567 kr", found "cirka 5 mkr"',
 * }
 */
export interface IndexFailure {
  file: string
  line: number
  column: number
  code: string
  message: string
}

/**
 * A project id produced by more than one file. The last file (in input order) is the one in
 * the index; the others are not sent at all, and reported here rather than lost silently.
 *
 * @example
 * const duplicate: DuplicateId = { id: '2014-00123', files: ['a/x.txt', 'b/x-copy.txt'] }
 */
export interface DuplicateId {
  id: string
  /** Every file that gave the id, in input order; the last one won. */
  files: string[]
}

/**
 * Where the time went, in milliseconds. `indexerMs` is the indexer's own work (read wait,
 * parse, analyse, serialise, send); `meiliTaskMs` is Meilisearch's processing time, the sum
 * of the durations of the task batches that processed this run's documents.
 */
export interface IndexTimings {
  totalMs: number
  readMs: number
  parseMs: number
  analyseMs: number
  serialiseMs: number
  sendMs: number
  /** Waiting for Meilisearch tasks (settings, documents, swap, deletions). */
  waitMs: number
  indexerMs: number
  meiliTaskMs: number
}

/**
 * Timings with every figure at zero, for a run (or a bench) to add to as it goes.
 *
 * @example
 * const timings = zeroTimings()
 * timings.parseMs += performance.now() - start
 */
export function zeroTimings(): IndexTimings {
  return {
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
}

/**
 * The outcome of an indexing run (or a `--dry-run`): what was read, what went in, what was
 * wrong. Written as JSON by `projektbank-index --report file.json` and `--json`.
 *
 * @example
 * const report = await indexSheets({ meili, inputs: ['seeds'] })
 * report.files // { seen: 5, parsed: 5, unchanged: 0, indexed: 5, failed: 0, withErrors: 0 }
 * report.ok // true
 */
export interface IndexReport {
  /** The live index, or null for a dry run. */
  index: string | null
  mode: 'full' | 'incremental' | 'dry-run'
  /** No file failed and none had an error diagnostic. */
  ok: boolean
  files: {
    /** Sheets found in the inputs. */
    seen: number
    /** Sheets parsed in this run (incremental runs skip unchanged ones). */
    parsed: number
    /** Sheets whose bytes match the indexed document's `contentHash` (incremental only). */
    unchanged: number
    /**
     * Sheets whose document is in the index after the run: those that gave a project, less
     * the earlier files of a duplicate id.
     */
    indexed: number
    /** Sheets that gave no project or could not be read. */
    failed: number
    /** Sheets with at least one error diagnostic, indexed or not. */
    withErrors: number
  }
  documents: {
    /** Documents sent to Meilisearch in this run. */
    sent: number
    /** Documents removed because their sheet is gone (incremental only). */
    deleted: number
    /** Documents in the live index after the run; null for a dry run. */
    total: number | null
  }
  /** Number of diagnostics per code, all severities. */
  diagnosticCounts: Record<string, number>
  /** Number of diagnostics per severity. */
  severityCounts: { error: number; warning: number; info: number }
  /** Every error diagnostic and unreadable file, in input order. */
  failures: IndexFailure[]
  duplicateIds: DuplicateId[]
  tasks: { enqueued: number; succeeded: number }
  timings: IndexTimings
  startedAt: string
  finishedAt: string
}
