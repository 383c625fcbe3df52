import { describe, expect, test } from 'vitest'
import { matchesIfNoneMatch } from '../src/_http-cache.js'
import { configFromEnv } from '../src/config.js'
import { UpstreamError } from '../src/meilisearch-gateway.js'
import { createFakeGateway, createTestApp } from './_fakes.js'

const CACHED = ['/search?q=medverkan', '/facets/region?q=v', '/projects/000']

describe.each(CACHED)('%s', (path) => {
  test('a 200 carries a weak ETag of the live index and Cache-Control', async () => {
    const { app } = createTestApp()
    const res = await app.request(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toMatch(/^W\/"[\w-]{22}"$/)
    expect(res.headers.get('cache-control')).toBe('no-cache')
  })

  test('If-None-Match with the current tag is a 304 and nothing is searched', async () => {
    const fake = createFakeGateway()
    const { app, calls } = createTestApp({}, fake)
    const etag = (await app.request(path)).headers.get('etag') ?? ''
    const searched = calls.federated.length + calls.facet.length + calls.single.length
    const res = await app.request(path, { headers: { 'if-none-match': `"other", ${etag}` } })
    expect(res.status).toBe(304)
    expect(await res.text()).toBe('')
    expect(res.headers.get('etag')).toBe(etag)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(calls.federated.length + calls.facet.length + calls.single.length).toBe(searched)
  })

  test('a swap or an update of the index changes the tag, and the old one gets a 200', async () => {
    const fake = createFakeGateway()
    const { app } = createTestApp({ indexVersionTtlMs: 0 }, fake)
    const before = (await app.request(path)).headers.get('etag') ?? ''
    fake.version.updatedAt = '2026-02-01T10:00:00Z'
    const updated = await app.request(path, { headers: { 'if-none-match': before } })
    expect(updated.status).toBe(200)
    const afterUpdate = updated.headers.get('etag') ?? ''
    expect(afterUpdate).not.toBe(before)
    // A swap gives the live index the other one's creation time.
    fake.version.createdAt = '2026-02-01T09:00:00Z'
    const swapped = await app.request(path, { headers: { 'if-none-match': afterUpdate } })
    expect(swapped.status).toBe(200)
    expect([before, afterUpdate]).not.toContain(swapped.headers.get('etag'))
  })
})

test('problems carry no ETag', async () => {
  const { app } = createTestApp()
  const res = await app.request('/projects/no-such-project')
  expect(res.status).toBe(404)
  expect(res.headers.get('etag')).toBeNull()
})

test('the version is read once per TTL, not once per request', async () => {
  const { app, calls } = createTestApp({ indexVersionTtlMs: 60_000 })
  await app.request('/search')
  await app.request('/facets/region')
  await app.request('/projects/000')
  expect(calls.indexInfo).toBe(1)
})

test('other settings or a differently configured API give other tags', async () => {
  const a = await createTestApp().app.request('/search')
  const b = await createTestApp({ analysedWeight: 0.5 }).app.request('/search')
  expect(a.headers.get('etag')).not.toBe(b.headers.get('etag'))
})

test('a key that may not read the index metadata: no ETag, one warning, answers unchanged', async () => {
  const fake = createFakeGateway()
  fake.gateway.indexInfo = async () => {
    throw new UpstreamError('rejected', 'invalid_api_key: The provided API key is invalid.', {
      code: 'invalid_api_key',
      status: 403,
    })
  }
  const { app, logged } = createTestApp({ indexVersionTtlMs: 0 }, fake)
  for (const path of CACHED) {
    const res = await app.request(path, { headers: { 'if-none-match': '*' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBeNull()
    expect(res.headers.get('cache-control')).toBe('no-cache')
  }
  expect(logged.map((entry) => entry.level)).toEqual(['warn'])
})

test('Cache-Control is configurable, from the config or CACHE_CONTROL', async () => {
  const { app } = createTestApp({ cacheControl: 'public, max-age=60' })
  expect((await app.request('/search')).headers.get('cache-control')).toBe('public, max-age=60')
  expect(configFromEnv({ CACHE_CONTROL: ' private, max-age=5 ' }).cacheControl).toBe(
    'private, max-age=5',
  )
  expect(() => configFromEnv({ CACHE_CONTROL: '' })).toThrow(/CACHE_CONTROL/)
  expect(() => configFromEnv({ CACHE_CONTROL: 'no-cache\r\nset-cookie: x=1' })).toThrow(
    /CACHE_CONTROL/,
  )
})

test('CORS exposes the ETag to other origins', async () => {
  const { app } = createTestApp({ corsOrigins: ['https://app.example'] })
  const res = await app.request('/search', { headers: { origin: 'https://app.example' } })
  expect(res.headers.get('access-control-expose-headers')).toContain('ETag')
})

test.each([
  ['W/"abc"', 'W/"abc"', true],
  ['"abc"', 'W/"abc"', true],
  [' "x" , W/"abc" ', 'W/"abc"', true],
  ['*', 'W/"abc"', true],
  ['"abcd"', 'W/"abc"', false],
  [undefined, 'W/"abc"', false],
])('If-None-Match %j against %s: %s', (header, etag, expected) => {
  expect(matchesIfNoneMatch(header, etag)).toBe(expected)
})
