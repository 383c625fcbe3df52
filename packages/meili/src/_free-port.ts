import { createServer } from 'node:net'

/**
 * Asks the kernel for a free TCP port on `host`. Another process may take it before
 * Meilisearch binds it; the launcher retries with a new port when that happens.
 */
export function findFreePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, host, () => {
      const address = server.address()
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port)
        else reject(new Error(`no port from ${String(address)}`))
      })
    })
  })
}
