import { createServer } from 'node:http'
import { serve } from '@hono/node-server'
import { answerClientError, guardRawTargets, MAX_HEADER_BYTES } from './_raw-request-guards.js'
import { DEFAULT_CONFIG } from './config.js'
import { resolveServerLimits, type ServerLimits } from './server-limits.js'

/** An app listening on a port, see {@link serveApp}. */
export interface ServedApp {
  /** `http://<host>:<port>`, IPv6 hosts in brackets. */
  url: string
  port: number
  /** Stops accepting connections and resolves when the open ones are done. */
  close(): Promise<void>
}

/**
 * Serves `app` (from `createApp`) with `@hono/node-server` and resolves once it listens; rejects
 * with the listen error (a port in use, a host that is not this machine's) instead of throwing
 * it later as an unhandled event. Port 0 takes a free one. `limits` (see {@link ServerLimits})
 * bound slow clients and open connections. Targets the app must not see (dot segments, longer
 * than `maxUrlBytes`) and requests Node's parser refuses are answered with problems before the
 * app runs.
 *
 * @example
 * const served = await serveApp(createApp({ search, analyzer }), { port: 0, host: '127.0.0.1' })
 * await fetch(`${served.url}/health`)
 * await served.close()
 */
export async function serveApp(
  app: { fetch: Parameters<typeof serve>[0]['fetch'] },
  options: { port: number; host: string; limits?: Partial<ServerLimits>; maxUrlBytes?: number },
): Promise<ServedApp> {
  const limits = resolveServerLimits(options.limits)
  const maxUrlBytes = options.maxUrlBytes ?? DEFAULT_CONFIG.maxUrlBytes
  const server = serve({
    fetch: app.fetch,
    port: options.port,
    hostname: options.host,
    serverOptions: {
      maxHeaderSize: MAX_HEADER_BYTES,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // Node enforces both deadlines on this tick (30 s by default, which would let a slow
      // client hold its connection three times the headers' deadline).
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, limits.headersTimeoutMs / 4)),
    },
    createServer: ((serverOptions: object, listener: Parameters<typeof guardRawTargets>[0]) =>
      createServer(serverOptions, guardRawTargets(listener, maxUrlBytes))) as typeof createServer,
  })
  server.maxConnections = limits.maxConnections
  server.on('clientError', answerClientError(maxUrlBytes))
  await new Promise<void>((ready, fail) => {
    server.once('listening', ready)
    server.once('error', fail)
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  const host = options.host.includes(':') ? `[${options.host}]` : options.host
  return {
    url: `http://${host}:${port}`,
    port,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}
