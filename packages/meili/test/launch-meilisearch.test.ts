import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EMBEDDED_MEILISEARCH_SHA256 } from '../src/_meilisearch-binary.js'
import { meiliRequest } from '../src/meili-request.js'
import { eventually, isAlive, startTestMeilisearch, type TestMeilisearch } from '../src/testing.js'

describe('launchMeilisearch', () => {
  let test: TestMeilisearch

  beforeAll(async () => {
    test = await startTestMeilisearch()
  })
  afterAll(async () => {
    await test?.dispose()
  })

  it('serves on a loopback port with a master key', async () => {
    expect(test.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(await meiliRequest(test.meili, 'GET', '/health')).toEqual({ status: 'available' })
    const version = await meiliRequest<{ pkgVersion: string }>(test.meili, 'GET', '/version')
    expect(version.pkgVersion).toBe('1.21.0')
    const anonymous = await fetch(`${test.server.url}/indexes`)
    expect(anonymous.status).toBe(401)
  })

  it('keeps the master key in a 0600 file and runs a verified, executable binary copy', async () => {
    const keyFile = join(test.dataDir, 'master-key')
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600)
    expect((await readFile(keyFile, 'utf8')).trim()).toBe(test.server.masterKey)
    expect(test.server.masterKey).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const cmdline = await readFile(`/proc/${test.server.pid}/cmdline`, 'utf8')
    const [binary, ...args] = cmdline.split('\0').filter(Boolean)
    expect(args).toContain('--no-analytics')
    // The key goes through the environment, never the command line.
    expect(cmdline).not.toContain(test.server.masterKey)
    expect((await stat(binary ?? '')).mode & 0o777).toBe(0o755)
    const hash = createHash('sha256')
      .update(await readFile(binary ?? ''))
      .digest('hex')
    expect(hash).toBe(EMBEDDED_MEILISEARCH_SHA256)
    const environ = await readFile(`/proc/${test.server.pid}/environ`, 'utf8')
    expect(environ.split('\0')).toContain('MEILI_NO_ANALYTICS=true')
  })

  it('reuses the master key and the data on the next start, and stop() ends the process', async () => {
    await meiliRequest(test.meili, 'POST', '/indexes', { body: { uid: 'kept', primaryKey: 'id' } })
    await eventually(async () => {
      const r = await fetch(`${test.server.url}/indexes/kept`, {
        headers: { Authorization: `Bearer ${test.server.masterKey}` },
      })
      return r.ok
    }, 5000)
    const { pid, masterKey } = test.server
    await test.restart()
    expect(isAlive(pid)).toBe(false)
    expect(test.server.pid).not.toBe(pid)
    expect(test.server.masterKey).toBe(masterKey)
    const kept = await meiliRequest<{ uid: string }>(test.meili, 'GET', '/indexes/kept')
    expect(kept.uid).toBe('kept')
  })
})
