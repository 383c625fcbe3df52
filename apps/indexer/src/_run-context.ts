import type { Logger, MeiliConnection } from '@projektbank/meili'
import type { ReportBuilder } from './_report-builder.js'
import type { TaskPipeline } from './_task-pipeline.js'
import type { IndexProgress } from './index-progress.js'

/** What the full and incremental strategies share during one run. */
export interface RunContext {
  meili: MeiliConnection
  /** The live index. */
  index: string
  report: ReportBuilder
  pipeline: TaskPipeline
  logger: Logger
  signal: AbortSignal | undefined
  /** Timeout and signal for index operations (create, settings, swap, delete). */
  operation: { timeoutMs: number; signal: AbortSignal | undefined }
  emit(phase?: IndexProgress['phase']): void
  /** Loads every sheet into `target` and waits for its tasks; skips unchanged sheets when asked. */
  load(target: string, unchangedId?: (sha256: string) => string | undefined): Promise<void>
}
