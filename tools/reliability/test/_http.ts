/**
 * Raw HTTP/1.1 GETs: the request target is sent byte for byte (no URL normalisation, so
 * `%FF`, `..%2F` and encoded NULs reach the server as written), with a per-request deadline
 * so a hang fails the test instead of stalling it.
 */
import { request } from 'node:http'

/** What a raw GET returned. */
export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/**
 * @example
 * const res = await rawGet('http://127.0.0.1:8787', '/search?region=%FF')
 */
export function rawGet(base: string, target: string, timeoutMs = 20_000): Promise<RawResponse> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: target, method: 'GET', agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      )
      res.on('error', reject)
    })
    req.setTimeout(timeoutMs, () =>
      req.destroy(new Error(`no answer within ${timeoutMs} ms: GET ${target.slice(0, 200)}`)),
    )
    req.on('error', reject)
    req.end()
  })
}
