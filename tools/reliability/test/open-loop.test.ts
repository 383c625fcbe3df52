/**
 * The load generator's one retry: a request that fails on a reused kept-alive connection before
 * any answer is sent again, once; a request that fails on a fresh connection is a failure.
 */
import { createServer, type Server } from 'node:http'
import type { Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { runOpenLoop } from './_open-loop.js'

let server: Server | undefined

afterEach(async () => {
  const closing = server
  server = undefined
  if (closing) await new Promise((resolve) => closing.close(resolve))
})

/** A server that answers 200, or drops the connection unanswered when `drop` says so. */
async function listen(drop: (requestOnConnection: number) => boolean): Promise<string> {
  const served = new WeakMap<Socket, number>()
  server = createServer((req, res) => {
    const n = (served.get(req.socket) ?? 0) + 1
    served.set(req.socket, n)
    if (drop(n)) req.socket.destroy()
    else res.end('ok')
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return `http://127.0.0.1:${address.port}`
}

describe('runOpenLoop', () => {
  it('sends a request again once when its kept-alive connection was dropped unanswered', async () => {
    // The first request that comes on a reused connection is dropped, and only that one: ten
    // requests 50 ms apart reuse connections whatever the scheduling.
    let dropped = false
    const base = await listen((n) => {
      if (n < 2 || dropped) return false
      dropped = true
      return true
    })
    const run = await runOpenLoop({
      base,
      rate: 20,
      seconds: 0.5,
      timeoutMs: 2_000,
      target: () => '/',
    })
    expect(run.errors).toEqual([])
    expect(run.ok).toBe(10)
    expect(run.retriedOnReusedConnection).toBe(1)
  })

  it('counts a request dropped on a fresh connection as a failure, without a retry', async () => {
    const base = await listen(() => true)
    const run = await runOpenLoop({
      base,
      rate: 50,
      seconds: 0.1,
      timeoutMs: 2_000,
      target: () => '/x',
    })
    expect(run.ok).toBe(0)
    expect(run.retriedOnReusedConnection).toBe(0)
    expect(run.errors).toEqual(Array.from({ length: 5 }, () => 'socket hang up: GET /x'))
  })
})
