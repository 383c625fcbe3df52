/**
 * Abort signals that are sure to fire. Node 20 holds the timer of `AbortSignal.timeout()` only
 * through a weak reference to its signal, and `AbortSignal.any()` holds its sources weakly too:
 * a timeout signal that is only a source of `AbortSignal.any()` has no listener of its own, is
 * collected at the next garbage collection, and its timeout never fires. A request waiting on
 * it waits for Meilisearch however long that takes (this is how a search behind a slow
 * Meilisearch once got no answer in 20 s, with a 1.5 s timeout, on a busy machine that
 * collected garbage more often). Here the timer and the listeners hold the controllers.
 */

/**
 * A signal that aborts with a `TimeoutError` after `ms`. The timer is unref'd: it never keeps
 * the process alive on its own.
 *
 * @example
 * await fetch(url, { signal: timeoutSignal(5000) })
 */
export function timeoutSignal(ms: number): AbortSignal {
  const controller = new AbortController()
  setTimeout(() => {
    controller.abort(new DOMException(`The operation timed out after ${ms} ms`, 'TimeoutError'))
  }, ms).unref()
  return controller.signal
}

/**
 * A controller whose signal aborts when `parent` aborts (with its reason) or when it is aborted
 * itself, the strong counterpart of `AbortSignal.any([parent, own])`.
 *
 * @example
 * const siblings = linkedController(timeoutSignal(5000))
 * siblings.abort(error) // stops every request sent with siblings.signal
 */
export function linkedController(parent: AbortSignal): AbortController {
  const controller = new AbortController()
  if (parent.aborted) controller.abort(parent.reason)
  else parent.addEventListener('abort', () => controller.abort(parent.reason), { once: true })
  return controller
}
