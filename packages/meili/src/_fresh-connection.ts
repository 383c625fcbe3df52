import { Agent, request } from 'node:http'

/** Status and body text of an HTTP answer. */
export interface PlainResponse {
  status: number
  body: string
}

/** Opens a connection per request and closes it after the answer (no keep-alive, no pool). */
const UNPOOLED = new Agent({ keepAlive: false })

/**
 * One HTTP/1.1 exchange over a connection of its own, closed afterwards (`node:http`
 * without keep-alive). Meilisearch serves each connection on one worker thread, assigned
 * round-robin when the connection is accepted, and runs a connection's searches on that
 * thread: two searches sent at once over two pooled connections run one after the other
 * whenever the pool's connections happen to share a worker (measured: 61 ms for a pair that takes 34 ms on
 * different workers). Two connections opened back to back get different workers.
 */
export function exchangeOnFreshConnection(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal },
): Promise<PlainResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...init.headers, connection: 'close' }
    if (init.body !== undefined) headers['content-length'] = String(Buffer.byteLength(init.body))
    const req = request(url, { method: init.method, headers, agent: UNPOOLED, signal: init.signal })
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', reject)
      res.on('end', () => {
        // 'end' also follows a connection lost in the middle of the body.
        if (!res.complete) reject(new Error('The connection closed in the middle of the answer'))
        else resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') })
      })
    })
    req.on('error', reject)
    req.end(init.body)
  })
}
