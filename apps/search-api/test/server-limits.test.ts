import { connect, type Socket } from 'node:net'
import { afterEach, describe, expect, test } from 'vitest'
import { type ServedApp, serveApp } from '../src/serve-app.js'
import { resolveServerLimits, serverLimitsFromEnv } from '../src/server-limits.js'
import { createTestApp } from './_fakes.js'

const sockets: Socket[] = []
let served: ServedApp | undefined

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy()
  await served?.close()
  served = undefined
})

/** A raw connection; resolves once connected, and records what the server sends until it closes. */
async function open(port: number) {
  const socket = connect(port, '127.0.0.1')
  sockets.push(socket)
  let received = ''
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('latin1')
  })
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve)
    socket.once('error', reject)
  })
  return { socket, closed, received: () => received }
}

describe('serveApp limits', () => {
  test('a client that never finishes its headers gets 408 and is disconnected', async () => {
    served = await serveApp(createTestApp().app, {
      port: 0,
      host: '127.0.0.1',
      limits: { headersTimeoutMs: 300, requestTimeoutMs: 600 },
    })
    const slow = await open(served.port)
    slow.socket.write('GET /search?q=x HTTP/1.1\r\nHost: x\r\nX-Slow: ')
    await slow.closed
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/)
  })

  test('past maxConnections a new connection is closed unanswered; the open ones are served', async () => {
    served = await serveApp(createTestApp().app, {
      port: 0,
      host: '127.0.0.1',
      limits: { maxConnections: 2 },
    })
    const held = [await open(served.port), await open(served.port)]
    const extra = await open(served.port)
    extra.socket.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n')
    await extra.closed
    expect(extra.received()).toBe('')
    const [first] = held
    first?.socket.write('GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    await first?.closed
    expect(first?.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\{"status":"ok"\}$/)
  })

  test('limits come from the environment and are checked', () => {
    expect(
      serverLimitsFromEnv({
        HEADERS_TIMEOUT_MS: '5000',
        REQUEST_TIMEOUT_MS: '',
        MAX_CONNECTIONS: '64',
      }),
    ).toEqual({ headersTimeoutMs: 5000, maxConnections: 64 })
    expect(() => serverLimitsFromEnv({ MAX_CONNECTIONS: '0' })).toThrow(
      'MAX_CONNECTIONS must be a positive integer, got "0"',
    )
    expect(resolveServerLimits({})).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      maxConnections: 512,
    })
    expect(() => resolveServerLimits({ headersTimeoutMs: 40_000 })).toThrow(
      'HEADERS_TIMEOUT_MS (40000) must not be longer than REQUEST_TIMEOUT_MS (30000)',
    )
  })
})
