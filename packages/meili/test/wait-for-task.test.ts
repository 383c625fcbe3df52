import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { EnqueuedTask } from 'meilisearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findFreePort } from '../src/_free-port.js'
import { MeiliRequestError, meiliRequest } from '../src/meili-request.js'
import { startTestMeilisearch, type TestMeilisearch } from '../src/testing.js'
import { TaskError, waitForTask } from '../src/wait-for-task.js'

describe('waitForTask against Meilisearch', () => {
  let test: TestMeilisearch
  beforeAll(async () => {
    test = await startTestMeilisearch()
  })
  afterAll(async () => {
    await test?.dispose()
  })

  it('resolves with a succeeded task', async () => {
    const enqueued = await meiliRequest<EnqueuedTask>(test.meili, 'POST', '/indexes', {
      body: { uid: 'tasks_ok', primaryKey: 'id' },
    })
    const task = await waitForTask(test.meili, enqueued)
    expect(task.status).toBe('succeeded')
    expect(task.uid).toBe(enqueued.taskUid)
  })

  it('rejects a failed task with Meilisearch’s error code and message', async () => {
    const enqueued = await meiliRequest<EnqueuedTask>(
      test.meili,
      'POST',
      '/indexes/tasks_ok/documents',
      { body: '{"id":"not valid!"}\n', contentType: 'application/x-ndjson' },
    )
    const error = await waitForTask(test.meili, enqueued).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TaskError)
    expect((error as TaskError).task?.status).toBe('failed')
    expect((error as TaskError).task?.error?.code).toBe('invalid_document_id')
    expect((error as TaskError).message).toMatch(
      new RegExp(
        `task ${enqueued.taskUid} \\(documentAdditionOrUpdate on tasks_ok\\) failed: invalid_document_id: Document identifier .*not valid!`,
      ),
    )
  })

  it('names the request and Meilisearch’s code when a request is refused', async () => {
    const error = await meiliRequest(test.meili, 'GET', '/indexes/missing').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MeiliRequestError)
    expect((error as MeiliRequestError).status).toBe(404)
    expect((error as MeiliRequestError).code).toBe('index_not_found')
    expect((error as MeiliRequestError).message).toMatch(
      /^Meilisearch GET \/indexes\/missing failed with 404 index_not_found: Index `missing` not found\.$/,
    )
  })
})

describe('waitForTask against a server that never finishes', () => {
  let server: Server
  let url: string
  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.setHeader('Content-Type', 'application/json')
      response.end(
        JSON.stringify({
          uid: 7,
          indexUid: 'projects',
          status: 'processing',
          type: 'documentAdditionOrUpdate',
        }),
      )
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('gives up after the timeout with the last status', async () => {
    const started = Date.now()
    await expect(waitForTask({ url }, 7, { timeoutMs: 300 })).rejects.toThrow(
      'Meilisearch task 7 (documentAdditionOrUpdate on projects) is still processing after 300 ms',
    )
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('reports an unreachable server as such', async () => {
    const port = await findFreePort('127.0.0.1')
    await expect(
      meiliRequest({ url: `http://127.0.0.1:${port}` }, 'GET', '/health'),
    ).rejects.toThrow(
      new RegExp(
        `^Meilisearch GET /health: http://127.0.0.1:${port} is unreachable \\(.*ECONNREFUSED.*\\)$`,
      ),
    )
  })
})
