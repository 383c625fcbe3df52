import { serve } from '@hono/node-server'

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
 * it later as an unhandled event. Port 0 takes a free one.
 *
 * @example
 * const served = await serveApp(createApp({ search, analyzer }), { port: 0, host: '127.0.0.1' })
 * await fetch(`${served.url}/health`)
 * await served.close()
 */
export async function serveApp(
  app: { fetch: Parameters<typeof serve>[0]['fetch'] },
  options: { port: number; host: string },
): Promise<ServedApp> {
  const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host })
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
