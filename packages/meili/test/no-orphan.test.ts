import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually, isAlive, TEST_BIN_DIR } from '../src/testing.js'

describe('no orphaned Meilisearch', () => {
  let dataDir: string
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'projektbank-orphan-'))
  })
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true })
  })

  it('stops Meilisearch within 5 s when the process that launched it is SIGKILLed', async () => {
    // `node --import tsx`, not the tsx wrapper: the process we kill must be the one that
    // launched Meilisearch, not a wrapper around it.
    const parent = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, 'fixtures/launch-and-wait.ts'),
        dataDir,
        TEST_BIN_DIR,
      ],
      { cwd: join(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'inherit'] },
    )
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: parent.stdout }).once('line', resolve)
      parent.once('exit', (code) => reject(new Error(`the parent exited with ${code}`)))
    })
    const { pid, watchdog } = JSON.parse(line) as { pid: number; watchdog: number }
    expect(isAlive(pid)).toBe(true)
    expect(isAlive(watchdog)).toBe(true)

    parent.kill('SIGKILL')

    expect(await eventually(() => !isAlive(pid), 5000)).toBe(true)
    expect(await eventually(() => !isAlive(watchdog), 5000)).toBe(true)
  })
})
