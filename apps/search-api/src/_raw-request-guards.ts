import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { type ProblemCode, problemBody } from './problems.js'

/**
 * Node's own limit on the request line plus headers, set explicitly so that a `--max-http-
 * header-size` flag cannot change what the API accepts. Past it Node's parser stops before the
 * app runs; {@link answerClientError} then answers in the API's own format.
 */
export const MAX_HEADER_BYTES = 16_384

/** A path segment that is `.` or `..`, literally or percent-encoded (`%2e`, `.%2E`, …). */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i

/**
 * Why a raw request target (as Node received it, before any URL parsing) must not reach the
 * app, or null. WHATWG URL parsing, which builds the app's `Request`, resolves dot segments:
 * `/projects/%2e%2e` would become `/`, another route. The API has no path where a dot segment
 * means anything, so such a target is answered 404 as it stands.
 *
 * @example
 * refuseRawTarget('/projects/%2e%2e', 8192) // { code: 'not-found', detail: … }
 * refuseRawTarget('/search?q=..', 8192) // null: dots in the query are data
 */
export function refuseRawTarget(
  target: string,
  maxUrlBytes: number,
): { code: ProblemCode; detail: string } | null {
  if (target.length > maxUrlBytes) {
    return {
      code: 'uri-too-long',
      detail: `The request target is longer than ${maxUrlBytes} bytes`,
    }
  }
  const path = target.split('?', 1)[0] ?? ''
  if (path.split('/').some((segment) => DOT_SEGMENT.test(segment))) {
    return {
      code: 'not-found',
      detail: `No route for ${path.slice(0, 200)}: dot segments (. and ..) are not resolved`,
    }
  }
  return null
}

function pathOf(target: string): string {
  return (target.split('?', 1)[0] ?? '').slice(0, 200)
}

/**
 * Wraps a Node request listener so that targets {@link refuseRawTarget} refuses get a problem
 * and never reach the app.
 */
export function guardRawTargets(
  listener: (req: IncomingMessage, res: ServerResponse) => unknown,
  maxUrlBytes: number,
) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const target = req.url ?? '/'
    const refused = refuseRawTarget(target, maxUrlBytes)
    if (refused === null) {
      void listener(req, res)
      return
    }
    const problem = problemBody(refused.code, refused.detail, pathOf(target))
    const body = JSON.stringify(problem)
    res.writeHead(problem.status, problemHeaders(body))
    res.end(body)
  }
}

function problemHeaders(body: string): Record<string, string> {
  return {
    'content-type': 'application/problem+json',
    'content-length': String(Buffer.byteLength(body)),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  }
}

const REQUEST_LINE_START = /^[A-Z]{3,7} /

/**
 * Whether Node's header overflow was caused by the request target: the packet starts a request
 * line that does not end within `maxUrlBytes`. (A packet from the middle of a slow request
 * cannot tell; it is counted as a header overflow.)
 */
function targetOverflowed(rawPacket: Buffer | undefined, maxUrlBytes: number): boolean {
  if (!rawPacket) return false
  const head = rawPacket.subarray(0, 16).toString('latin1')
  if (!REQUEST_LINE_START.test(head)) return false
  const lineEnd = rawPacket.indexOf('\r\n')
  return lineEnd === -1 || lineEnd > maxUrlBytes
}

/**
 * A `clientError` listener: what Node's parser refuses gets a problem+json answer instead of
 * Node's bare status line — 414 for a request target past the header limit, 431 for headers
 * past it, 400 for anything else it cannot parse; a request timeout keeps Node's bare 408.
 */
export function answerClientError(maxUrlBytes: number) {
  return (error: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex): void => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy()
      return
    }
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n')
      return
    }
    let code: ProblemCode = 'malformed-request'
    let detail = 'The request could not be parsed as HTTP/1.1'
    if (error.code === 'HPE_HEADER_OVERFLOW') {
      const target = targetOverflowed(error.rawPacket, maxUrlBytes)
      code = target ? 'uri-too-long' : 'headers-too-large'
      detail = target
        ? `The request target is longer than ${maxUrlBytes} bytes`
        : `The request line and headers are longer than ${MAX_HEADER_BYTES} bytes`
    }
    const problem = problemBody(code, detail, '')
    const body = JSON.stringify(problem)
    const headers = Object.entries({ ...problemHeaders(body), connection: 'close' })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('')
    socket.end(`HTTP/1.1 ${problem.status} ${problem.title}\r\n${headers}\r\n${body}`)
  }
}
