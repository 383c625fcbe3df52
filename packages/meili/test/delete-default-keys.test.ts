import type { Key } from 'meilisearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deleteDefaultKeys } from '../src/delete-default-keys.js'
import { ensureSearchKey } from '../src/ensure-search-key.js'
import { meiliRequest } from '../src/meili-request.js'
import { startTestMeilisearch, type TestMeilisearch } from '../src/testing.js'

describe('deleteDefaultKeys', () => {
  let test: TestMeilisearch
  const keyNames = async () =>
    (await meiliRequest<{ results: Key[] }>(test.meili, 'GET', '/keys')).results
      .map((k) => k.name)
      .sort()

  beforeAll(async () => {
    test = await startTestMeilisearch()
  })
  afterAll(async () => {
    await test?.dispose()
  })

  it('leaves the keys of a server it did not start alone', async () => {
    const before = await keyNames()
    expect(before).toContain('Default Admin API Key')
    expect(await deleteDefaultKeys({ ...test.meili, embedded: false })).toEqual([])
    expect(await keyNames()).toEqual(before)
  })

  it('on the embedded server, leaves our search key and nothing else', async () => {
    await ensureSearchKey(test.meili)
    const deleted = await deleteDefaultKeys({ ...test.meili, embedded: true })
    expect(deleted).toContain('Default Admin API Key')
    expect(deleted).toContain('Default Search API Key')
    expect(deleted.every((name) => name.startsWith('Default '))).toBe(true)
    expect(await keyNames()).toEqual(['projektbank-search'])
    // A second call finds nothing left to delete.
    expect(await deleteDefaultKeys({ ...test.meili, embedded: true })).toEqual([])
  })
})
