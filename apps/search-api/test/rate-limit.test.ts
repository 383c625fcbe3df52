import { describe, expect, test } from 'vitest'
import { createRateLimiter } from '../src/rate-limit.js'
import { createTestApp, problemOf } from './_fakes.js'

describe('createRateLimiter', () => {
  test('a burst of perMinute, then one more every 60/perMinute seconds', () => {
    const limiter = createRateLimiter({ perMinute: 3 })
    const at = (s: number) => limiter.take('a', s * 1000)
    expect([at(0), at(0), at(0)]).toEqual(Array(3).fill({ allowed: true }))
    expect(at(0)).toEqual({ allowed: false, retryAfterSeconds: 20 })
    expect(at(10)).toEqual({ allowed: false, retryAfterSeconds: 10 })
    expect(at(20)).toEqual({ allowed: true })
    expect(at(21)).toEqual({ allowed: false, retryAfterSeconds: 19 })
    // Another client has its own bucket.
    expect(limiter.take('b', 21_000)).toEqual({ allowed: true })
  })

  test('remembers at most maxClients, forgetting idle (full) buckets first', () => {
    const limiter = createRateLimiter({ perMinute: 2, maxClients: 3 })
    limiter.take('busy', 0)
    limiter.take('busy', 0)
    limiter.take('idle-1', 0)
    limiter.take('idle-2', 0)
    expect(limiter.clients).toBe(3)
    // A minute later the idle buckets are full again; the busy one is remembered.
    limiter.take('new', 30_000)
    expect(limiter.clients).toBe(2)
    expect(limiter.take('busy', 30_000)).toEqual({ allowed: true })
    expect(limiter.take('busy', 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 })
  })
})

describe('RATE_LIMIT_PER_MINUTE in the app', () => {
  test('off by default: 50 searches in a row all answer 200', async () => {
    const { app } = createTestApp()
    const statuses = new Set<number>()
    for (let i = 0; i < 50; i++) statuses.add((await app.request('/search?q=x')).status)
    expect([...statuses]).toEqual([200])
  })

  test('past the rate: 429 rate-limited with Retry-After; the page and /health are not limited', async () => {
    const { app } = createTestApp({ rateLimitPerMinute: 2 })
    expect((await app.request('/search?q=a')).status).toBe(200)
    expect((await app.request('/projects/000')).status).toBe(200)
    const res = await app.request('/facets/region')
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('30')
    const problem = await problemOf(res)
    expect(problem.type).toBe('https://projektbank.se/problems/rate-limited')
    expect(problem.detail).toBe('Too many requests from this address; try again in 30 s')
    expect((await app.request('/health')).status).toBe(200)
    expect((await app.request('/')).status).toBe(200)
  })
})
