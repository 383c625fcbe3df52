import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { refuseRawTarget } from '../src/_raw-request-guards.js'
import { type ServedApp, serveApp } from '../src/serve-app.js'
import { createTestApp } from './_fakes.js'

test('serves on a free port, and a second server on that port fails with the listen error', async () => {
  const { app } = createTestApp()
  const served = await serveApp(app, { port: 0, host: '127.0.0.1' })
  try {
    expect(served.url).toBe(`http://127.0.0.1:${served.port}`)
    const health = await fetch(`${served.url}/health`)
    expect(health.status).toBe(200)
    await expect(serveApp(app, { port: served.port, host: '127.0.0.1' })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    })
  } finally {
    await served.close()
  }
})

/** A GET with the target sent exactly as written (fetch would resolve dot segments first). */
function rawGet(
  served: ServedApp,
  target: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: served.port, path: target, headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        body += chunk
      })
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

describe('what Node receives before the app', () => {
  let served: ServedApp
  const { app, calls } = createTestApp()
  beforeAll(async () => {
    served = await serveApp(app, { port: 0, host: '127.0.0.1' })
  })
  afterAll(() => served.close())

  test.each([
    '/projects/%2e%2e',
    '/projects/%2E%2e/search',
    '/projects/..',
    '/projects/../search?q=x',
    '/facets/./region',
    '/./search',
    '/search/.%2e/ready',
  ])('dot segments never reach another route: %s is a 404 problem', async (target) => {
    const before = calls.federated.length + calls.single.length + calls.health
    const res = await rawGet(served, target)
    expect(res.status).toBe(404)
    expect(res.type).toBe('application/problem+json')
    expect(JSON.parse(res.body)).toMatchObject({
      type: 'https://projektbank.se/problems/not-found',
      status: 404,
      instance: target.split('?')[0],
    })
    expect(calls.federated.length + calls.single.length + calls.health).toBe(before)
  })

  test('dots inside a segment or in the query are data', async () => {
    expect((await rawGet(served, '/search?q=..')).status).toBe(200)
    expect((await rawGet(served, '/projects/a..b')).status).toBe(400)
  })

  test.each([
    [9_000, 'the app’s limit'],
    [20_000, 'Node’s header limit'],
    [70_000, 'several packets'],
  ])('a %i-byte target (past %s) is a 414 problem', async (length) => {
    const res = await rawGet(served, `/search?q=${'x'.repeat(length)}`)
    expect(res.status).toBe(414)
    expect(res.type).toBe('application/problem+json')
    expect(JSON.parse(res.body)).toMatchObject({
      type: 'https://projektbank.se/problems/uri-too-long',
      title: 'URI too long',
      status: 414,
      detail: 'The request target is longer than 8192 bytes',
    })
  })

  test('headers past Node’s limit are a 431 problem', async () => {
    const res = await rawGet(served, '/search', { 'x-padding': 'p'.repeat(20_000) })
    expect(res.status).toBe(431)
    expect(res.type).toBe('application/problem+json')
    expect(JSON.parse(res.body)).toMatchObject({
      status: 431,
      title: 'Request header fields too large',
    })
  })
})

test('refuseRawTarget leaves ordinary targets alone', () => {
  expect(refuseRawTarget('/search?q=a/../b&region=.', 8192)).toBeNull()
  expect(refuseRawTarget('/projects/2010-3040046', 8192)).toBeNull()
  expect(refuseRawTarget('/projects/%2e', 8192)?.code).toBe('not-found')
})
