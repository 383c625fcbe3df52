import type { MiddlewareHandler } from 'hono'
import { type ConcurrencyGate, GateRefusedError } from './_concurrency-gate.js'
import { ProblemError } from './problems.js'

/** How {@link shedLoad} answers and how long a request holds its slot. */
export interface ShedLoadOptions {
  /** What the gate guards, for the problem's detail: `searches`, `exports`. */
  what: string
  /** Seconds sent in `Retry-After` with the 503. */
  retryAfterSeconds: number
  /**
   * Hold the slot until the response body has been sent (or the client went away), not only
   * until the handler returned: an export streams for far longer than its handler runs.
   */
  holdWhileStreaming?: boolean
}

/**
 * Middleware that lets a request through `gate` (see `createConcurrencyGate`) and answers a
 * refused one with a 503 `overloaded` problem and `Retry-After`, at once: under overload the
 * requests that get in stay fast, the others learn quickly to come back later.
 *
 * @example
 * app.use('/search', shedLoad(createConcurrencyGate({ concurrency: 32, queue: 32, queueTimeoutMs: 1000 }), { what: 'searches', retryAfterSeconds: 5 }))
 */
export function shedLoad(gate: ConcurrencyGate, options: ShedLoadOptions): MiddlewareHandler {
  return async (c, next) => {
    let release: () => void
    try {
      release = await gate.enter()
    } catch (error) {
      if (!(error instanceof GateRefusedError)) throw error
      throw new ProblemError(
        'overloaded',
        `Too many ${options.what} at once (${error.message}); try again in ${options.retryAfterSeconds} s`,
        { retryAfterSeconds: options.retryAfterSeconds },
      )
    }
    let handedOver = false
    try {
      await next()
      const body = c.res.body
      if (options.holdWhileStreaming && c.res.status === 200 && body) {
        c.res = new Response(releasedAtEnd(body, release), c.res)
        handedOver = true
      }
    } finally {
      if (!handedOver) release()
    }
  }
}

/** `body`, calling `release` once when it ends, fails or is cancelled by the reader. */
function releasedAtEnd(
  body: ReadableStream<Uint8Array>,
  release: () => void,
): ReadableStream<Uint8Array> {
  const reader = body.getReader()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read()
        if (done) {
          release()
          controller.close()
        } else {
          controller.enqueue(value)
        }
      } catch (error) {
        release()
        controller.error(error)
      }
    },
    cancel(reason) {
      release()
      return reader.cancel(reason)
    },
  })
}
