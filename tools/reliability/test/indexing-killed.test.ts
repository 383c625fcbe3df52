/**
 * Meilisearch killed (SIGKILL) in the middle of a full rebuild, with the API serving the live
 * index the whole time: after a restart on the same data dir the live index holds exactly the
 * documents it held before, the API answers from it without being restarted, and the next run
 * ends with exactly the documents the sheets give (ids and count) and no leftover build index.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateCorpus } from '@projektbank/corpus'
import { IndexRunError, indexSheets } from '@projektbank/indexer'
import { DEFAULT_INDEX, meiliRequest, vocabularyIndexOf } from '@projektbank/meili'
import { parseSheet, renderSheet } from '@projektbank/parser'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { rawGet } from './_http.js'
import {
  SEEDS,
  type SeededMeilisearch,
  type ServedApi,
  serveApi,
  startSeededMeilisearch,
} from './_seeded.js'
import { createStats } from './_stats.js'

const stats = createStats('indexing-killed')

/** Sheets in the rebuild, and after how many sent documents Meilisearch dies (batches of 50). */
const CORPUS_SHEETS = 400
const KILL_AFTER_DOCUMENTS = 150

let corpus: string
let seeded: SeededMeilisearch
let api: ServedApi

const admin = () => ({ url: seeded.meili.url, apiKey: seeded.meili.masterKey })

/** The ids in the live index, straight from Meilisearch. */
async function liveIds(): Promise<string[]> {
  const page = await meiliRequest<{ results: { id: string }[] }>(
    admin(),
    'POST',
    `/indexes/${DEFAULT_INDEX}/documents/fetch`,
    { body: { fields: ['id'], limit: 10_000 } },
  )
  return page.results.map((doc) => doc.id).sort()
}

/** The ids a correct index of these folders holds: one per parsed project, duplicates once. */
async function expectedIds(dirs: readonly string[]): Promise<string[]> {
  const ids = new Set<string>()
  for (const dir of dirs) {
    for (const name of (await readdir(dir)).filter((file) => file.endsWith('.txt'))) {
      const { project } = parseSheet(await readFile(join(dir, name)))
      if (project) ids.add(project.id)
    }
  }
  return [...ids].sort()
}

/** What the API answers for a search over everything: the total and the ids on page 1. */
async function apiAnswer(): Promise<{ status: number; totalHits: number; ids: string[] }> {
  stats.requests++
  const res = await rawGet(api.url, '/search?hitsPerPage=100&facets=')
  if (res.status >= 500 && res.status !== 503) stats.errors.push(`${res.status} GET /search`)
  if (res.status !== 200) return { status: res.status, totalHits: 0, ids: [] }
  const body = JSON.parse(res.body) as { totalHits: number; hits: { id: string }[] }
  return { status: 200, totalHits: body.totalHits, ids: body.hits.map((h) => h.id).sort() }
}

beforeAll(async () => {
  corpus = await mkdtemp(join(tmpdir(), 'reliability-killed-corpus-'))
  await generateCorpus({ count: CORPUS_SHEETS, seed: 7, render: renderSheet }, corpus)
  seeded = await startSeededMeilisearch()
  api = await serveApi({ meiliUrl: seeded.meili.url, searchKey: seeded.searchKey })
})

afterAll(async () => {
  await api?.close()
  await seeded?.stop()
  if (corpus) await rm(corpus, { recursive: true, force: true })
  stats.flush()
})

describe('Meilisearch killed during a full rebuild', () => {
  it('keeps the live index intact, and the next run converges to exactly the right documents', async () => {
    stats.cases++
    const before = await liveIds()
    expect(before).toEqual(await expectedIds([SEEDS]))
    const answerBefore = await apiAnswer()
    expect(answerBefore).toEqual({ status: 200, totalHits: before.length, ids: before })

    stats.faults++
    const pid = seeded.meili.pid
    let killedAfter: number | undefined
    const failure = await indexSheets({
      meili: admin(),
      inputs: [SEEDS, corpus],
      mode: 'full',
      batchSize: 50,
      maxPendingTasks: 2,
      onProgress: ({ documentsSent }) => {
        if (killedAfter === undefined && documentsSent >= KILL_AFTER_DOCUMENTS) {
          killedAfter = documentsSent
          process.kill(pid, 'SIGKILL')
        }
      },
    }).then(
      () => undefined,
      (error: unknown) => error,
    )
    // Killed with batches sent and more to come, and the run says so instead of hanging.
    expect(killedAfter).toBeGreaterThanOrEqual(KILL_AFTER_DOCUMENTS)
    expect(killedAfter).toBeLessThan(CORPUS_SHEETS)
    expect(failure).toBeInstanceOf(IndexRunError)

    await seeded.restart()
    // Meilisearch may still apply the dead run's queued batches after the restart, but only
    // to the build index: the live one holds what it held.
    expect(await liveIds()).toEqual(before)
    await vi.waitFor(async () => expect((await apiAnswer()).status).toBe(200), {
      timeout: 20_000,
      interval: 250,
    })
    expect(await apiAnswer()).toEqual(answerBefore)

    const report = await indexSheets({ meili: admin(), inputs: [SEEDS, corpus], mode: 'full' })
    const expected = await expectedIds([SEEDS, corpus])
    expect(expected.length).toBeGreaterThan(CORPUS_SHEETS * 0.95)
    expect(await liveIds()).toEqual(expected)
    expect(report.documents.total).toBe(expected.length)
    const indexes = await meiliRequest<{ results: { uid: string }[] }>(admin(), 'GET', '/indexes')
    // The live index and its vocabulary (for typo correction), and no half-built leftover.
    expect(indexes.results.map((index) => index.uid).sort()).toEqual(
      [DEFAULT_INDEX, vocabularyIndexOf(DEFAULT_INDEX)].sort(),
    )
    const answerAfter = await apiAnswer()
    expect([answerAfter.status, answerAfter.totalHits]).toEqual([200, expected.length])
  }, 240_000)
})
