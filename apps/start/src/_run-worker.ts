import type { WorkerFailure } from './_worker.js'

/** How long an aborted job gets to wind down before its process exits anyway. */
const JOB_GRACE_MS = 5000

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}

/** What a worker's job gives back: the answer to send, and for a lasting job how to end it. */
export interface WorkerStarted {
  readonly reply: unknown
  /** Ends a job that goes on after its answer (the server); absent for one that is done. */
  readonly close?: () => Promise<void>
}

/**
 * The life of a worker process: it waits for one job message of type `type` from the start
 * that forked it, runs it, sends the answer (or a `failed` message) and exits, or, for a job
 * with `close`, keeps running until it is told to stop. A `stop` message, SIGTERM or the loss
 * of the IPC channel (the parent died) aborts or closes the job and ends the process. Ctrl-C
 * is the parent's to handle: the terminal sends SIGINT to the whole process group, and the
 * parent then stops each worker in order.
 *
 * @example
 * runWorker<ServeJob>('serve', async (job) => ({ reply: { type: 'listening', url }, close }))
 */
export function runWorker<Job extends { readonly type: string }>(
  type: Job['type'],
  start: (job: Job, signal: AbortSignal) => Promise<WorkerStarted>,
): void {
  const aborting = new AbortController()
  let close: (() => Promise<void>) | undefined
  let running: Promise<unknown> | undefined
  let ending = false
  const end = async (code: number) => {
    if (ending) return
    ending = true
    aborting.abort(new Error('stopped by the start that runs this worker'))
    await close?.().catch(() => undefined)
    // An aborted indexing run winds down (it cancels its tasks) before the process goes.
    await Promise.race([running?.catch(() => undefined), sleep(JOB_GRACE_MS)])
    process.exit(code)
  }
  process.on('SIGINT', () => {})
  process.once('SIGTERM', () => void end(0))
  process.once('disconnect', () => void end(0))
  process.on('message', (message: unknown) => {
    const kind =
      typeof message === 'object' && message !== null
        ? (message as { type?: unknown }).type
        : undefined
    if (kind === 'stop') {
      void end(0)
      return
    }
    if (kind !== type || ending) return
    const job = start(message as Job, aborting.signal)
    running = job
    job.then(
      (started) => {
        close = started.close
        process.send?.(started.reply, () => {
          if (close === undefined) process.disconnect?.()
        })
      },
      (error: unknown) => {
        const failure: WorkerFailure = {
          type: 'failed',
          error: error instanceof Error ? error.message : String(error),
        }
        process.send?.(failure, () => void end(1))
      },
    )
  })
}
