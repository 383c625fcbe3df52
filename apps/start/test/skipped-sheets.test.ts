import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { TEST_BIN_DIR } from '@projektbank/meili/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningProjektbank, startProjektbank } from '../src/start-projektbank.js'

const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url))

describe('the one-command start on a folder with bad sheets', () => {
  let dir: string
  let sheets: string
  let running: RunningProjektbank
  let printed = ''

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'projektbank-start-'))
    sheets = join(dir, 'sheets')
    await mkdir(sheets)
    for (const seed of await readdir(SEEDS)) await copyFile(join(SEEDS, seed), join(sheets, seed))
    await writeFile(join(sheets, 'empty.txt'), '')
    await writeFile(
      join(sheets, 'binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]),
    )
    await writeFile(
      join(sheets, 'unknown-layout.txt'),
      'Välkommen till vår hemsida\nHär finns inga projektuppgifter alls.\n',
    )
    running = await startProjektbank({
      sheets,
      port: 0,
      host: '127.0.0.1',
      // Nothing from the developer's shell (MEILI_URL, a stored key) may change the run.
      env: {},
      dataDir: join(dir, 'meilisearch'),
      // The one copy of the embedded binary (131 MB) every test of the repository shares.
      binDir: TEST_BIN_DIR,
      out: { write: (text: string) => (printed += text) },
    })
  })
  afterAll(async () => {
    await running?.stop()
    await rm(dir, { recursive: true, force: true })
  })

  it('prints the indexing summary with every skipped sheet, its position and reason', () => {
    expect(printed).toMatch(
      /^Indexed into projects \((full rebuild|incremental)\) in \d+\.\d s: 5 documents, 5 sent, 0 deleted\.$/m,
    )
    expect(printed).toContain(
      'Sheets: 8 seen, 8 parsed, 0 unchanged, 5 indexed, 3 failed, 3 with errors.',
    )
    const errors = printed
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map((line) => line.trim().replace(`${sheets}/`, '').split(' ').slice(0, 2).join(' '))
      .sort()
    expect(errors).toEqual([
      'binary.txt:1:1 binary-input',
      'empty.txt:1:1 empty-input',
      'unknown-layout.txt:1:1 unknown-layout',
    ])
    expect(running.report.files).toMatchObject({ seen: 8, indexed: 5, failed: 3 })
  })

  it('serves the indexed sheets with the search-only key', async () => {
    const response = await fetch(`${running.url}/search?q=unga`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { totalHits: number }
    expect(body.totalHits).toBeGreaterThan(0)
    expect(running.meilisearch.embedded).toBe(true)
  })
})
