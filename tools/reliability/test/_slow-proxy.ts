/**
 * A loopback TCP proxy in front of Meilisearch that passes requests on at once but holds
 * the answers back for `delayMs`, and counts the connections that carry a request and are
 * still open, so a test can see whether the API abandons (closes) the requests it timed out.
 * Connections that never send a byte are not counted: after an abort undici opens a spare
 * keep-alive connection that stays idle until its keep-alive timeout (4 s).
 */
import { connect, createServer, type Socket } from 'node:net'

/** A running proxy, see {@link startSlowProxy}. */
export interface SlowProxy {
  /** `http://127.0.0.1:<port>` */
  url: string
  /** Connections with a request on them that are still open. */
  readonly pending: number
  /** Connections that carried a request, since the start. */
  readonly opened: number
  /** Resolves as soon as no connection with a request is open (at once when none is). */
  idle(): Promise<void>
  close(): Promise<void>
}

/**
 * @example
 * const proxy = await startSlowProxy({ upstream: meili.url, delayMs: 30_000 })
 */
export async function startSlowProxy(options: {
  upstream: string
  delayMs: number
}): Promise<SlowProxy> {
  const target = new URL(options.upstream)
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()
  let pending = 0
  let opened = 0
  let idleWaiters: (() => void)[] = []
  const settle = () => {
    if (pending > 0) return
    const waiters = idleWaiters
    idleWaiters = []
    for (const done of waiters) done()
  }
  const server = createServer((client) => {
    sockets.add(client)
    const upstream = connect(Number(target.port), target.hostname)
    sockets.add(upstream)
    let counted = false
    const closeBoth = () => {
      if (counted) {
        counted = false
        pending--
        settle()
      }
      client.destroy()
      upstream.destroy()
      sockets.delete(client)
      sockets.delete(upstream)
    }
    client.on('data', (chunk) => {
      if (!counted && !client.destroyed) {
        counted = true
        opened++
        pending++
      }
      upstream.write(chunk)
    })
    upstream.on('data', (chunk) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        if (!client.destroyed) client.write(chunk)
      }, options.delayMs)
      timers.add(timer)
    })
    client.on('close', closeBoth)
    // Meilisearch closing after an answer (`connection: close`) is held back like the answer,
    // or the client would see the connection drop before the answer arrives.
    upstream.on('close', () => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        closeBoth()
      }, options.delayMs)
      timers.add(timer)
    })
    client.on('error', closeBoth)
    upstream.on('error', closeBoth)
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    get pending() {
      return pending
    },
    get opened() {
      return opened
    },
    idle() {
      if (pending === 0) return Promise.resolve()
      return new Promise<void>((done) => idleWaiters.push(done))
    },
    close() {
      for (const timer of timers) clearTimeout(timer)
      for (const socket of sockets) socket.destroy()
      return new Promise<void>((done) => server.close(() => done()))
    },
  }
}
