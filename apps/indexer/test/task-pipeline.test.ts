import { meiliRequest, waitForTask } from '@projektbank/meili'
import type { EnqueuedTask } from 'meilisearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDurationMs, TaskPipeline } from '../src/_task-pipeline.js'
import { startTestMeilisearch, type TestMeilisearch } from './_helpers.js'

describe('TaskPipeline against Meilisearch', () => {
  let test: TestMeilisearch
  beforeAll(async () => {
    test = await startTestMeilisearch()
    const created = await meiliRequest<EnqueuedTask>(test.meili, 'POST', '/indexes', {
      body: { uid: 'tasks_ok', primaryKey: 'id' },
    })
    await waitForTask(test.meili, created)
  })
  afterAll(async () => {
    await test?.dispose()
  })

  it('a pipeline applies the valid batches and fails with the invalid one’s error', async () => {
    const counters = { tasks: { enqueued: 0, succeeded: 0 }, timings: { sendMs: 0, waitMs: 0 } }
    const pipeline = new TaskPipeline(test.meili, counters, {
      maxPending: 2,
      taskTimeoutMs: 30_000,
    })
    const send = (body: string) => () =>
      meiliRequest<EnqueuedTask>(test.meili, 'POST', '/indexes/tasks_ok/documents', {
        body,
        contentType: 'application/x-ndjson',
      })
    // The failure surfaces in the next `enqueue` or in `drain`, whichever comes first.
    const run = async () => {
      await pipeline.enqueue(send('{"id":"a"}\n{"id":"b"}\n'))
      await pipeline.enqueue(send('{"id":"c d"}\n'))
      await pipeline.enqueue(send('{"id":"e"}\n'))
      await pipeline.drain()
    }
    await expect(run()).rejects.toThrow(/failed: invalid_document_id: .*"c d"/)
    await pipeline.drain().catch(() => {})
    const stored = await meiliRequest<{ results: { id: string }[] }>(
      test.meili,
      'POST',
      '/indexes/tasks_ok/documents/fetch',
      { body: { fields: ['id'] } },
    )
    const ids = stored.results.map((d) => d.id).sort()
    // The batch before the bad one is in; the bad one is not; the one after it only if it was
    // sent before the failure was known.
    expect(ids).toEqual(counters.tasks.enqueued === 3 ? ['a', 'b', 'e'] : ['a', 'b'])
    expect(counters.tasks.succeeded).toBe(counters.tasks.enqueued - 1)
  })
})

describe('parseDurationMs', () => {
  it('reads Meilisearch durations', () => {
    expect(parseDurationMs('PT0.5S')).toBe(500)
    expect(parseDurationMs('PT1M2.25S')).toBe(62_250)
    expect(parseDurationMs('P1DT1H')).toBe(90_000_000)
    expect(parseDurationMs('nonsense')).toBe(0)
  })
})
