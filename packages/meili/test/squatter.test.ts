/**
 * A process that takes the port before Meilisearch binds it answers `/health` like Meilisearch
 * does. The launcher must see that the listening socket is not its child's, fail with a clear
 * message, and never let any key reach the squatter — not even through `resolveMeilisearch`
 * and `ensureSearchKey`, which send the master key as soon as the launch resolves.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer, get, type IncomingHttpHeaders, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { portOwnership } from '../src/_socket-owner.js'
import { ensureSearchKey } from '../src/ensure-search-key.js'
import { launchMeilisearch } from '../src/launch-meilisearch.js'
import { resolveMeilisearch } from '../src/resolve-meilisearch.js'
import { TEST_BIN_DIR } from '../src/testing.js'

interface Seen {
  method: string
  url: string
  headers: IncomingHttpHeaders
}

let squatter: Server
let port = 0
const seen: Seen[] = []
let dataDir = ''

beforeAll(async () => {
  squatter = createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers })
    // Whatever it is asked, it says what Meilisearch would.
    res.setHeader('content-type', 'application/json')
    if (req.url === '/health') res.end('{"status":"available"}')
    else if (req.url?.startsWith('/keys')) res.end('{"results":[]}')
    else res.end('{}')
  })
  await new Promise<void>((ready) => squatter.listen(0, '127.0.0.1', ready))
  const address = squatter.address()
  port = typeof address === 'object' && address ? address.port : 0
  dataDir = await mkdtemp(join(tmpdir(), 'projektbank-squatter-'))
})

afterAll(async () => {
  await new Promise<void>((done) => squatter?.close(() => done()))
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

describe('a squatter on the port', () => {
  it('owns its port as far as the system says, and the test runner does not own Meilisearch’s', async () => {
    expect(await portOwnership(port, process.pid)).toBe('owned')
    expect(await portOwnership(port, 1)).toBe('not-owned')
  })

  it('makes the launch fail with a clear message, and receives no key', async () => {
    await expect(
      launchMeilisearch({ dataDir, port, binDir: TEST_BIN_DIR, handleSignals: false }),
    ).rejects.toThrow(
      `Meilisearch could not listen on 127.0.0.1:${port}: another process holds that port (no key was sent to it). Choose another port or stop that process.`,
    )
    const meili = resolveMeilisearch({
      env: {},
      dataDir,
      port,
      binDir: TEST_BIN_DIR,
      handleSignals: false,
    }).then((resolved) => ensureSearchKey(resolved))
    await expect(meili).rejects.toThrow(/another process holds that port/)

    // It was asked whether it is healthy, and nothing else; no request carried a key.
    expect(seen.length).toBeGreaterThan(0)
    expect(new Set(seen.map((s) => `${s.method} ${s.url}`))).toEqual(new Set(['GET /health']))
    expect(seen.filter((s) => s.headers.authorization !== undefined)).toEqual([])
    const masterKey = (await readFile(join(dataDir, 'master-key'), 'utf8')).trim()
    expect(masterKey.length).toBeGreaterThan(20)
    expect(JSON.stringify(seen)).not.toContain(masterKey)
  })
})

describe('a squatter that takes the port after Meilisearch died', () => {
  it('gets no key: every key-bearing request first checks who listens', async () => {
    const ownDataDir = await mkdtemp(join(tmpdir(), 'projektbank-squatter-late-'))
    const resolved = await resolveMeilisearch({
      env: {},
      dataDir: ownDataDir,
      binDir: TEST_BIN_DIR,
      handleSignals: false,
    })
    const late: Seen[] = []
    const taker = createServer((req, res) => {
      late.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers })
      res.setHeader('content-type', 'application/json')
      res.end(req.url === '/health' ? '{"status":"available"}' : '{"results":[]}')
    })
    try {
      expect(resolved.ownerPid).toBe(resolved.pid)
      const latePort = Number(new URL(resolved.url).port)
      // Meilisearch dies after the launcher's check; the squatter binds the freed port.
      process.kill(resolved.pid ?? 0, 'SIGKILL')
      for (let tries = 0; ; tries++) {
        const bound = await new Promise<boolean>((done) => {
          taker.once('error', () => done(false))
          taker.listen(latePort, '127.0.0.1', () => done(true))
        })
        if (bound) break
        if (tries > 100) throw new Error(`port ${latePort} was not freed`)
        await new Promise((wait) => setTimeout(wait, 50))
      }
      // The squatter answers like Meilisearch (asked over a new connection: fetch's pool may
      // still hold one to the dead server).
      expect(await healthOnNewConnection(resolved.url)).toBe(200)
      await expect(ensureSearchKey(resolved)).rejects.toMatchObject({
        code: 'not_our_meilisearch',
        message: expect.stringContaining('the key was not sent'),
      })
      expect(late.filter((s) => s.headers.authorization !== undefined)).toEqual([])
      expect(late.map((s) => `${s.method} ${s.url}`)).toEqual(['GET /health'])
    } finally {
      await new Promise<void>((done) => (taker.listening ? taker.close(() => done()) : done()))
      await resolved.stop()
      await rm(ownDataDir, { recursive: true, force: true })
    }
  })
})

function healthOnNewConnection(url: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    get(`${url}/health`, { agent: false }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode))
    }).on('error', reject)
  })
}
