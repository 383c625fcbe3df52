/** Why a gate turned a request away: its queue was full, or the wait in it ran out. */
export type GateRefusal = 'queue-full' | 'queue-timeout'

/** Thrown by {@link ConcurrencyGate.enter} when the request may not go on. */
export class GateRefusedError extends Error {
  constructor(readonly refusal: GateRefusal) {
    super(refusal === 'queue-full' ? 'the queue is full' : 'the wait in the queue ran out')
    this.name = 'GateRefusedError'
  }
}

/** Settings of a gate, see {@link createConcurrencyGate}. */
export interface GateLimits {
  /** Most holders at once. */
  concurrency: number
  /** Most waiters; past this `enter` refuses at once. 0: no queue. */
  queue: number
  /** Longest wait in the queue before `enter` refuses. */
  queueTimeoutMs: number
}

/** A counting semaphore with a bounded FIFO queue, see {@link createConcurrencyGate}. */
export interface ConcurrencyGate {
  /** Resolves with `release` once a slot is free; rejects with {@link GateRefusedError}. */
  enter(): Promise<() => void>
  /** Holders right now. */
  readonly running: number
  /** Waiters right now. */
  readonly waiting: number
}

interface Waiter {
  admit: (release: () => void) => void
  timer: NodeJS.Timeout
}

/**
 * A gate in front of work that must not all run at once. Past `concurrency` a request waits in a
 * queue of at most `queue`, each for at most `queueTimeoutMs`; past that it is refused at once,
 * so an overloaded server answers quickly instead of slowing every request down.
 *
 * @example
 * const gate = createConcurrencyGate({ concurrency: 2, queue: 4, queueTimeoutMs: 1000 })
 * const release = await gate.enter()
 * try { await work() } finally { release() }
 */
export function createConcurrencyGate(limits: GateLimits): ConcurrencyGate {
  let running = 0
  const waiters: Waiter[] = []

  const releaser = () => {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = waiters.shift()
      if (next) {
        clearTimeout(next.timer)
        // The slot passes straight to the next waiter: `running` stays the same.
        next.admit(releaser())
      } else {
        running -= 1
      }
    }
  }

  return {
    get running() {
      return running
    },
    get waiting() {
      return waiters.length
    },
    enter() {
      if (running < limits.concurrency) {
        running += 1
        return Promise.resolve(releaser())
      }
      if (waiters.length >= limits.queue) return Promise.reject(new GateRefusedError('queue-full'))
      return new Promise((admit, refuse) => {
        const waiter: Waiter = {
          admit,
          timer: setTimeout(() => {
            const at = waiters.indexOf(waiter)
            if (at >= 0) waiters.splice(at, 1)
            refuse(new GateRefusedError('queue-timeout'))
          }, limits.queueTimeoutMs),
        }
        waiters.push(waiter)
      })
    },
  }
}
