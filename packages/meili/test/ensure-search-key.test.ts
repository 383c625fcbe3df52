import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { EnqueuedTask } from 'meilisearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ensureSearchKey,
  readSearchKey,
  SEARCH_KEY_UID,
  storeSearchKey,
} from '../src/ensure-search-key.js'
import { meiliRequest } from '../src/meili-request.js'
import { startTestMeilisearch, type TestMeilisearch } from '../src/testing.js'
import { waitForTask } from '../src/wait-for-task.js'

describe('ensureSearchKey', () => {
  let test: TestMeilisearch
  beforeAll(async () => {
    test = await startTestMeilisearch()
    for (const uid of ['projects', 'other']) {
      const task = await meiliRequest<EnqueuedTask>(test.meili, 'POST', '/indexes', {
        body: { uid, primaryKey: 'id' },
      })
      await waitForTask(test.meili, task, { timeoutMs: 30_000 })
    }
  })
  afterAll(async () => {
    await test?.dispose()
  })

  it('creates a search-only key for the projects index, and reuses it', async () => {
    const first = await ensureSearchKey(test.meili)
    expect(first).toMatchObject({
      uid: SEARCH_KEY_UID,
      name: 'projektbank-search',
      actions: ['search', 'documents.get', 'indexes.get'],
      indexes: ['projects', 'projects-vocabulary'],
    })
    expect(first.key).toMatch(/^[0-9a-f]{64}$/)
    const second = await ensureSearchKey(test.meili)
    expect(second).toEqual(first)
    const keys = await meiliRequest<{ results: { uid: string }[] }>(test.meili, 'GET', '/keys')
    expect(keys.results.filter((key) => key.uid === SEARCH_KEY_UID)).toHaveLength(1)
  })

  it('can search and read projects and nothing else', async () => {
    const { key } = await ensureSearchKey(test.meili)
    const asSearch = { url: test.meili.url, apiKey: key }
    const result = await meiliRequest<{ hits: unknown[] }>(
      asSearch,
      'POST',
      '/indexes/projects/search',
      {
        body: { q: '' },
      },
    )
    expect(result.hits).toEqual([])
    await expect(
      meiliRequest(asSearch, 'POST', '/indexes/other/search', { body: { q: '' } }),
    ).rejects.toMatchObject({ status: 403, code: 'invalid_api_key' })
    await expect(
      meiliRequest(asSearch, 'POST', '/indexes/projects/documents', { body: [{ id: 'x' }] }),
    ).rejects.toMatchObject({ status: 403, code: 'invalid_api_key' })
    await expect(meiliRequest(asSearch, 'GET', '/keys')).rejects.toMatchObject({ status: 403 })
    // It reads the documents of its index (filtered exports, the statistics table), not others'.
    const read = await meiliRequest<{ results: unknown[] }>(
      asSearch,
      'POST',
      '/indexes/projects/documents/fetch',
      { body: { limit: 1 } },
    )
    expect(read.results).toEqual([])
    await expect(
      meiliRequest(asSearch, 'POST', '/indexes/other/documents/fetch', { body: { limit: 1 } }),
    ).rejects.toMatchObject({ status: 403, code: 'invalid_api_key' })
    // Its index's metadata, which the API's ETags are built from, and nothing more.
    const info = await meiliRequest<{ uid: string }>(asSearch, 'GET', '/indexes/projects')
    expect(info.uid).toBe('projects')
    await expect(meiliRequest(asSearch, 'GET', '/indexes/projects/settings')).rejects.toMatchObject(
      { status: 403 },
    )
    await expect(meiliRequest(asSearch, 'GET', '/tasks')).rejects.toMatchObject({ status: 403 })
  })

  it('re-creates the key with other indexes under the same uid, so its value stays the same', async () => {
    const before = await ensureSearchKey(test.meili)
    const widened = await ensureSearchKey(test.meili, { indexes: ['projects', 'other'] })
    expect(widened.indexes.sort()).toEqual([
      'other',
      'other-vocabulary',
      'projects',
      'projects-vocabulary',
    ])
    expect(widened.key).toBe(before.key)
  })

  it('stores the key in <dataDir>/search-key with mode 0600', async () => {
    const { key } = await ensureSearchKey(test.meili)
    const path = await storeSearchKey(key, test.dataDir)
    expect(path).toBe(join(test.dataDir, 'search-key'))
    expect((await stat(path)).mode & 0o777).toBe(0o600)
    expect(await readSearchKey(test.dataDir)).toBe(key)
  })
})
