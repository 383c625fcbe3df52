/**
 * A fixed-rate (open-loop) HTTP load generator: request i is due at `i / rate` seconds and is
 * sent then, whether or not earlier ones have been answered. A closed loop (send the next when
 * one comes back) slows down with the server and hides its queueing; here a slow server shows
 * as growing latency and requests in flight. Latency is measured from the moment a request was
 * due, not from when the timer got round to sending it, so that a stalled event loop in the
 * generator counts against the figures instead of silently thinning the load.
 */
import { Agent, type ClientRequest, request } from 'node:http'

/** What one run did. */
export interface OpenLoopResult {
  sent: number
  /** Answers with a 2xx status, read to the end. */
  ok: number
  /** Every non-2xx answer, timeout and connection error, with its request. */
  errors: string[]
  /** Of every answered request (any status): ms from when it was due to the end of its body. */
  latenciesMs: number[]
  /** Seconds from the first due time until the last answer (or failure). */
  elapsedSeconds: number
  /** Most requests in flight at once. */
  maxInFlight: number
  /**
   * Requests sent again, once, because a kept-alive connection was reset before any answer
   * (see `send` in {@link runOpenLoop}); their latency includes the first try.
   */
  retriedOnReusedConnection: number
}

/** Options of {@link runOpenLoop}. */
export interface OpenLoopOptions {
  /** `http://127.0.0.1:<port>` */
  base: string
  /** Requests per second. */
  rate: number
  seconds: number
  /** The request target (path and query) of request `i`. */
  target: (i: number) => string
  /** A request not answered completely within this is a failure (and is abandoned). */
  timeoutMs: number
}

/**
 * @example
 * const result = await runOpenLoop({ base: api.url, rate: 10, seconds: 60, timeoutMs: 10_000,
 *   target: (i) => queries[i % queries.length] })
 */
export function runOpenLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const { hostname, port } = new URL(options.base)
  // Keep-alive as a browser or a client library would, with no cap on sockets: a cap would
  // queue requests inside the generator, which is the closed loop again.
  const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY })
  const total = Math.round(options.rate * options.seconds)
  const intervalMs = 1000 / options.rate
  const result: OpenLoopResult = {
    sent: 0,
    ok: 0,
    errors: [],
    latenciesMs: [],
    elapsedSeconds: 0,
    maxInFlight: 0,
    retriedOnReusedConnection: 0,
  }
  const started = performance.now()
  let inFlight = 0

  return new Promise((resolve) => {
    const finishIfDone = () => {
      if (result.sent < total || inFlight > 0) return
      result.elapsedSeconds = (performance.now() - started) / 1000
      agent.destroy()
      resolve(result)
    }

    const send = (path: string, dueAt: number) => {
      result.sent++
      inFlight++
      result.maxInFlight = Math.max(result.maxInFlight, inFlight)
      let settled = false
      const settle = (failure?: string) => {
        if (settled) return
        settled = true
        clearTimeout(deadline)
        inFlight--
        if (failure !== undefined) result.errors.push(`${failure}: GET ${path.slice(0, 200)}`)
        finishIfDone()
      }
      let req: ClientRequest | undefined
      // The keep-alive race: the server may close an idle connection (its keep-alive timeout)
      // just as a request is written to it, and the request fails with ECONNRESET before any
      // answer. Node's agent retires idle sockets a second before the server's announced
      // timeout, but on a CPU-starved machine its timer can fire later than that. Node's
      // documentation (`request.reusedSocket`) advises sending such a request again, as
      // browsers do: once, counted, and only when nothing of an answer came.
      const attempt = (isRetry: boolean) => {
        let answered = false
        const sent = request({ hostname, port, path, method: 'GET', agent }, (res) => {
          answered = true
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('error', (error) => settle(error.message))
          res.on('end', () => {
            const status = res.statusCode ?? 0
            result.latenciesMs.push(performance.now() - dueAt)
            if (status >= 200 && status < 300) {
              result.ok++
              settle()
            } else {
              settle(`${status} ${Buffer.concat(chunks).toString('utf8').slice(0, 200)}`)
            }
          })
        })
        sent.on('error', (error: NodeJS.ErrnoException) => {
          if (
            !isRetry &&
            !answered &&
            !settled &&
            sent.reusedSocket &&
            error.code === 'ECONNRESET'
          ) {
            result.retriedOnReusedConnection++
            attempt(true)
            return
          }
          settle(error.message)
        })
        sent.end()
        req = sent
      }
      const deadline = setTimeout(() => {
        settle(`no complete answer within ${options.timeoutMs} ms`)
        req?.destroy()
      }, options.timeoutMs)
      attempt(false)
    }

    const tick = () => {
      const now = performance.now()
      // Everything that has fallen due goes out now, each with its own due time.
      while (result.sent < total && started + result.sent * intervalMs <= now) {
        send(options.target(result.sent), started + result.sent * intervalMs)
      }
      if (result.sent < total) {
        setTimeout(tick, started + result.sent * intervalMs - performance.now())
      } else {
        finishIfDone()
      }
    }
    tick()
  })
}
