import type { Task } from 'meilisearch'
import { sleep } from './_sleep.js'
import { type MeiliConnection, meiliRequest } from './meili-request.js'

/** Options of {@link waitForTask}. */
export interface WaitForTaskOptions {
  /** Gives up after this long (default 5 minutes), counted from the call. */
  timeoutMs?: number
  /** First polling interval; it grows to 500 ms for long tasks. */
  intervalMs?: number
  signal?: AbortSignal | undefined
}

/**
 * A task that ended `failed` or `canceled`, or did not end in time. Carries the task, so the
 * caller can read Meilisearch's own error (`task.error.code`, `task.error.message`).
 *
 * @example
 * try { await waitForTask(meili, uid) } catch (e) { if (e instanceof TaskError) e.task?.error }
 */
export class TaskError extends Error {
  override readonly name = 'TaskError'
  constructor(
    message: string,
    readonly task: Task | undefined,
  ) {
    super(message)
  }
}

/**
 * Waits until a Meilisearch task has finished and checks how: resolves with the task when it
 * `succeeded`, rejects with a {@link TaskError} carrying Meilisearch's error message when it
 * `failed` or was `canceled`, or when `timeoutMs` passes first. An enqueued task only means
 * Meilisearch accepted the request; whether the documents or settings are valid is known
 * only here.
 *
 * @example
 * const { taskUid } = await meiliRequest<EnqueuedTask>(meili, 'PATCH', '/indexes/projects/settings', { body })
 * const task = await waitForTask(meili, taskUid, { timeoutMs: 30_000 })
 * task.status // 'succeeded'
 */
export async function waitForTask(
  meili: MeiliConnection,
  task: number | { taskUid: number },
  options: WaitForTaskOptions = {},
): Promise<Task> {
  const uid = typeof task === 'number' ? task : task.taskUid
  const timeoutMs = options.timeoutMs ?? 300_000
  const deadline = Date.now() + timeoutMs
  let interval = options.intervalMs ?? 25
  let last: Task | undefined
  for (;;) {
    options.signal?.throwIfAborted()
    last = await meiliRequest<Task>(meili, 'GET', `/tasks/${uid}`, { signal: options.signal })
    if (isFinished(last)) return checkTask(last)
    if (Date.now() >= deadline) {
      throw new TaskError(
        `Meilisearch task ${uid} (${last.type} on ${last.indexUid ?? 'no index'}) is still ${last.status} after ${timeoutMs} ms`,
        last,
      )
    }
    await sleep(Math.min(interval, Math.max(0, deadline - Date.now())), options.signal)
    interval = Math.min(interval * 2, 500)
  }
}

/** Whether a task has reached a final status. */
export function isFinished(task: Task): boolean {
  return task.status === 'succeeded' || task.status === 'failed' || task.status === 'canceled'
}

/**
 * Returns a finished task that succeeded, or throws a {@link TaskError} with Meilisearch's
 * reason.
 *
 * @example
 * checkTask(await client.tasks.getTask(12)) // throws when it failed
 */
export function checkTask(task: Task): Task {
  if (task.status === 'succeeded') return task
  const where = `${task.type} on ${task.indexUid ?? 'no index'}`
  if (task.status === 'canceled') {
    throw new TaskError(
      `Meilisearch task ${task.uid} (${where}) was canceled by task ${task.canceledBy}`,
      task,
    )
  }
  const reason = task.error ? `${task.error.code}: ${task.error.message}` : 'no error given'
  throw new TaskError(`Meilisearch task ${task.uid} (${where}) ${task.status}: ${reason}`, task)
}
