/**
 * Least privilege under the one-command start (Linux only: it reads /proc). The process that
 * serves the API is a child of the start and must never hold the master key: its memory,
 * read through /proc/<pid>/mem, has no copy of it, while the same scan finds the search key
 * it searches with (so the scan is shown to find a key that is there) and finds the master
 * key in the start's own process, which launched Meilisearch.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningProjektbank, startProjektbank } from '../src/start-projektbank.js'
import { countInMemory } from './_memory-scan.js'

const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url))
// The same folder the meili and indexer tests copy the embedded binary (131 MB) into.
const SHARED_BIN_DIR = join(tmpdir(), 'projektbank-indexer-test-bin')
const LINUX = process.platform === 'linux' && existsSync('/proc/self/mem')
if (!LINUX) console.warn('least-privilege memory scan skipped: it needs Linux /proc')

describe.skipIf(!LINUX)('the one-command start keeps the master key out of the API', () => {
  let dir: string
  let running: RunningProjektbank
  // In the environment the start is given: it must not reach the serving process either.
  const adminKey = `admin-${randomBytes(16).toString('hex')}`

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'projektbank-least-privilege-'))
    running = await startProjektbank({
      sheets: SEEDS,
      port: 0,
      host: '127.0.0.1',
      env: { MEILI_ADMIN_KEY: adminKey },
      dataDir: join(dir, 'meilisearch'),
      binDir: SHARED_BIN_DIR,
    })
  })
  afterAll(async () => {
    await running?.stop()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('serves from a child process that holds the search key and no master or admin key', async () => {
    const masterKey = (await readFile(join(dir, 'meilisearch', 'master-key'), 'utf8')).trim()
    const searchKey = (await readFile(join(dir, 'meilisearch', 'search-key'), 'utf8')).trim()
    expect(masterKey).toMatch(/^\S{32,}$/)
    expect(searchKey).toMatch(/^\S{32,}$/)
    const apiPid = running.apiPid
    expect(apiPid).toBeGreaterThan(0)
    expect(apiPid).not.toBe(process.pid)
    // The API answers, so its key and connection are in use, not just created.
    const response = await fetch(`${running.url}/search?q=unga`)
    expect(response.status).toBe(200)

    const api = (needle: string) => countInMemory(apiPid ?? 0, needle)
    const control = api(searchKey)
    expect(control.bytesRead).toBeGreaterThan(10 * 1024 * 1024)
    expect(control.hits).toBeGreaterThan(0)
    expect(api(masterKey).hits).toBe(0)
    expect(api(adminKey).hits).toBe(0)
    // The start itself launched Meilisearch: the same scan finds the master key there.
    expect(countInMemory(process.pid, masterKey).hits).toBeGreaterThan(0)
  })
})
