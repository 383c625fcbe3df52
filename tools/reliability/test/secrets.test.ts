/**
 * The master key never leaves the process: the API is started as `pnpm start` starts it
 * (`apps/start/dist/start.js`), pointed at a seeded Meilisearch through `MEILI_URL` and
 * `MEILI_MASTER_KEY` — the key sits in its environment — with debug logging on. Neither the
 * OpenAPI document, the docs page, problem bodies (400, 404, 414, 503) nor anything it writes
 * to stdout/stderr may contain the key.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RawResponse, rawGet } from './_http.js'
import { type SeededMeilisearch, startSeededMeilisearch } from './_seeded.js'
import { createStats } from './_stats.js'

const stats = createStats('secrets')
const START_JS = fileURLToPath(new URL('../../../apps/start/dist/start.js', import.meta.url))

let seeded: SeededMeilisearch
let dataDir: string
let child: ChildProcess
let output = ''
let apiUrl = ''
const bodies: { target: string; res: RawResponse }[] = []

async function get(target: string): Promise<RawResponse> {
  stats.requests++
  const res = await rawGet(apiUrl, target)
  bodies.push({ target, res })
  return res
}

beforeAll(async () => {
  seeded = await startSeededMeilisearch()
  dataDir = await mkdtemp(join(tmpdir(), 'reliability-secrets-'))
  child = spawn(process.execPath, [START_JS, '--port', '0'], {
    env: {
      ...process.env,
      MEILI_URL: seeded.meili.url,
      MEILI_MASTER_KEY: seeded.meili.masterKey,
      MEILI_SEARCH_KEY: '',
      PROJEKTBANK_DATA_DIR: dataDir,
      LOG_LEVEL: 'debug',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8')
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8')
  })
  apiUrl = await new Promise<string>((resolve, reject) => {
    const poll = setInterval(() => {
      const match = /API\s+(http:\/\/127\.0\.0\.1:\d+)\/search/.exec(output)
      if (match?.[1]) {
        clearInterval(poll)
        resolve(match[1])
      }
    }, 100)
    child.once('exit', (code) => {
      clearInterval(poll)
      reject(new Error(`start.js exited with ${code} before listening:\n${output}`))
    })
  })
})

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((done) => child.once('exit', done))
    child.kill('SIGTERM')
    await exited
  }
  await seeded?.stop()
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
  stats.flush()
})

describe('the master key stays secret', () => {
  it('is a real key that the process was given', () => {
    expect(seeded.meili.masterKey.length).toBeGreaterThanOrEqual(16)
    expect(output).toContain('Projektbank is running')
  })

  it('is in no document, problem or log, even with Meilisearch down', async () => {
    const key = seeded.meili.masterKey
    stats.cases++
    const expected: [string, number][] = [
      ['/openapi.json', 200],
      ['/docs', 200],
      ['/search?q=unga', 200],
      ['/search?page=0', 400],
      ['/search?foo=bar', 400],
      ['/projects/no-such-project', 404],
      ['/no-such-route', 404],
      [`/search?q=${'x'.repeat(9_000)}`, 414],
    ]
    for (const [target, status] of expected) expect((await get(target)).status).toBe(status)

    stats.faults++
    await seeded.meili.stop()
    for (const target of ['/search?q=unga', '/ready', '/projects/x', '/export']) {
      expect((await get(target)).status).toBe(503)
    }

    const exited = new Promise((done) => child.once('exit', done))
    child.kill('SIGTERM')
    await exited

    for (const { target, res } of bodies) {
      expect({ target, leaked: res.body.includes(key) }).toEqual({ target, leaked: false })
      expect({ target, leaked: JSON.stringify(res.headers).includes(key) }).toEqual({
        target,
        leaked: false,
      })
    }
    expect(output.length).toBeGreaterThan(0)
    expect(output.includes(key)).toBe(false)
  })
})
