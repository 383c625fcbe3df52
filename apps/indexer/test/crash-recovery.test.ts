import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { meiliRequest } from '@projektbank/meili'
import { parseSheet } from '@projektbank/parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countDocuments, listIndexes } from '../src/_index-operations.js'
import { IndexRunError, indexSheets } from '../src/index-sheets.js'
import {
  generateCorpus,
  isAlive,
  SEEDS_DIR,
  startTestMeilisearch,
  type TestMeilisearch,
} from './_helpers.js'

/** The ids a correct index of `dir` holds: one per project, duplicates once. */
async function expectedIds(dir: string): Promise<string[]> {
  const ids = new Set<string>()
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.txt'))) {
    const { project } = parseSheet(await readFile(join(dir, file)))
    if (project) ids.add(project.id)
  }
  return [...ids].sort()
}

describe('Meilisearch killed in the middle of a run', () => {
  let test: TestMeilisearch
  let corpusA: string
  let corpusB: string

  const ids = async () => {
    const page = await meiliRequest<{ results: { id: string }[] }>(
      test.meili,
      'POST',
      '/indexes/projects/documents/fetch',
      { body: { fields: ['id'], limit: 10_000 } },
    )
    return page.results.map((d) => d.id).sort()
  }

  /** Starts a run and SIGKILLs Meilisearch once `killAfter` documents have been sent. */
  const runAndKill = async (inputs: string[], mode: 'full' | 'incremental', killAfter: number) => {
    const pid = test.server.pid
    let killed = false
    const run = indexSheets({
      meili: test.meili,
      inputs,
      mode,
      batchSize: 50,
      maxPendingTasks: 2,
      onProgress: (progress) => {
        if (!killed && progress.documentsSent >= killAfter) {
          killed = true
          process.kill(pid, 'SIGKILL')
        }
      },
    })
    const error = await run.catch((e: unknown) => e)
    expect(killed).toBe(true)
    expect(error).toBeInstanceOf(IndexRunError)
    expect((error as IndexRunError).message).toMatch(/unreachable/)
    expect(isAlive(pid)).toBe(false)
    await test.restart()
  }

  beforeAll(async () => {
    corpusA = await mkdtemp(join(tmpdir(), 'projektbank-crash-a-'))
    corpusB = await mkdtemp(join(tmpdir(), 'projektbank-crash-b-'))
    await generateCorpus(corpusA, 400, 5)
    await generateCorpus(corpusB, 200, 6)
    test = await startTestMeilisearch()
  })
  afterAll(async () => {
    await test?.dispose()
    await rm(corpusA, { recursive: true, force: true })
    await rm(corpusB, { recursive: true, force: true })
  })

  it('full run: the live index is untouched, and the next run ends with exactly the right documents', async () => {
    await indexSheets({ meili: test.meili, inputs: [SEEDS_DIR] })
    const seedIds = await ids()
    expect(seedIds).toHaveLength(5)

    await runAndKill([corpusA], 'full', 150)

    // After the restart Meilisearch may still finish the dead run's queued batches, but only
    // into the build index: the live one still holds the seeds.
    expect(await ids()).toEqual(seedIds)

    const report = await indexSheets({ meili: test.meili, inputs: [corpusA] })
    const expected = await expectedIds(corpusA)
    expect(expected.length).toBeGreaterThan(390)
    expect(report.documents.total).toBe(expected.length)
    expect(await ids()).toEqual(expected)
    // The dead run's build index was cleaned up at the start of this one.
    // The live index and its vocabulary; no build index is left.
    expect(await listIndexes(test.meili, 'projects')).toEqual(['projects', 'projects-vocabulary'])
  })

  it('incremental run: only whole batches were applied, and the next run converges', async () => {
    await runAndKill([corpusB], 'incremental', 100)

    const afterCrash = await countDocuments(test.meili, 'projects')
    const expectedA = await expectedIds(corpusA)
    // Nothing was deleted yet (deletions come last), and whole batches of B may have landed.
    expect(afterCrash).toBeGreaterThanOrEqual(expectedA.length)

    const report = await indexSheets({
      meili: test.meili,
      inputs: [corpusB],
      mode: 'incremental',
    })
    const expected = await expectedIds(corpusB)
    expect(report.documents.deleted).toBe(expectedA.length)
    expect(report.documents.total).toBe(expected.length)
    expect(await ids()).toEqual(expected)
  })
})
