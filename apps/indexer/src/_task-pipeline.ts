import { type MeiliConnection, waitForTask } from '@projektbank/meili'
import type { EnqueuedTask, Task } from 'meilisearch'

/** Counters the pipeline updates, shared with the report. */
export interface PipelineCounters {
  tasks: { enqueued: number; succeeded: number }
  timings: { sendMs: number; waitMs: number }
}

/**
 * Sends write requests to Meilisearch while earlier tasks are processed, with at most
 * `maxPending` unfinished tasks: enough to keep Meilisearch busy (it merges queued tasks into
 * one batch), few enough that a failure stops the run within a few batches. Every task's final
 * status is checked; the first failure is thrown by the next `enqueue` or by `drain`.
 */
export class TaskPipeline {
  private readonly pending = new Set<Promise<void>>()
  private failure: unknown
  /** Processing time per Meilisearch batch: tasks of one batch share its duration. */
  private readonly batchMs = new Map<number, number>()
  /** Stops the polling of unfinished tasks when the run is given up. */
  private readonly stopped = new AbortController()

  constructor(
    private readonly meili: MeiliConnection,
    private readonly counters: PipelineCounters,
    private readonly options: {
      maxPending: number
      taskTimeoutMs: number
      signal?: AbortSignal | undefined
      onTaskDone?: (task: Task) => void
    },
  ) {}

  /** Sum of the durations of the Meilisearch batches that processed our tasks. */
  get meiliTaskMs(): number {
    let sum = 0
    for (const ms of this.batchMs.values()) sum += ms
    return sum
  }

  /** Waits for room, sends the request and starts tracking its task. */
  async enqueue(send: () => Promise<EnqueuedTask>): Promise<void> {
    const waitStart = performance.now()
    while (this.pending.size >= this.options.maxPending && this.failure === undefined) {
      await Promise.race(this.pending)
    }
    this.counters.timings.waitMs += performance.now() - waitStart
    this.throwIfFailed()
    const sendStart = performance.now()
    const enqueued = await send()
    this.counters.timings.sendMs += performance.now() - sendStart
    this.counters.tasks.enqueued++
    const tracked: Promise<void> = waitForTask(this.meili, enqueued, {
      timeoutMs: this.options.taskTimeoutMs,
      signal: this.options.signal
        ? AbortSignal.any([this.options.signal, this.stopped.signal])
        : this.stopped.signal,
    }).then(
      (task) => {
        this.counters.tasks.succeeded++
        if (task.batchUid !== null && task.duration) {
          this.batchMs.set(task.batchUid, parseDurationMs(task.duration))
        }
        this.options.onTaskDone?.(task)
        this.pending.delete(tracked)
      },
      (error: unknown) => {
        this.failure ??= error
        this.pending.delete(tracked)
      },
    )
    this.pending.add(tracked)
  }

  /** Waits for every task sent so far; throws the first failure. */
  async drain(): Promise<void> {
    const waitStart = performance.now()
    await Promise.all(this.pending)
    this.counters.timings.waitMs += performance.now() - waitStart
    this.throwIfFailed()
  }

  /** Stops waiting for unfinished tasks (the run failed); Meilisearch still processes them. */
  abandon(): void {
    this.stopped.abort(new Error('the run was given up'))
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure
  }
}

/**
 * Milliseconds of an ISO 8601 duration as Meilisearch writes them (`PT1.234S`, `PT2M3.5S`).
 *
 * @example
 * parseDurationMs('PT1M0.5S') // 60500
 */
export function parseDurationMs(duration: string): number {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(duration)
  if (!match) return 0
  const [, days, hours, minutes, seconds] = match
  return (
    ((Number(days ?? 0) * 24 + Number(hours ?? 0)) * 60 + Number(minutes ?? 0)) * 60_000 +
    Number(seconds ?? 0) * 1000
  )
}
