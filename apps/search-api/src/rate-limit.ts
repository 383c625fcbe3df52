import type { Context, MiddlewareHandler } from 'hono'
import { ProblemError } from './problems.js'

/** Settings of {@link createRateLimiter}. */
export interface RateLimitOptions {
  /** Requests per minute each client may make on average, and also its largest burst. */
  perMinute: number
  /** Clients remembered at once; past this the longest-idle are forgotten. Default 10 000. */
  maxClients?: number
}

/** The verdict on one request: go on, or wait this many seconds. */
export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Per-client token buckets, see {@link createRateLimiter}. */
export interface RateLimiter {
  /** Takes one token of `client`'s bucket at `now` (ms). */
  take(client: string, now: number): RateVerdict
  /** Clients remembered right now. */
  readonly clients: number
}

interface Bucket {
  tokens: number
  at: number
}

/**
 * A token bucket per client: `perMinute` tokens, refilled continuously at `perMinute` a minute.
 * Memory is bounded: a full bucket carries no information and is dropped first, then the
 * longest-unused ones.
 *
 * @example
 * const limiter = createRateLimiter({ perMinute: 120 })
 * limiter.take('203.0.113.7', Date.now()) // { allowed: true }
 */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const capacity = options.perMinute
  const perMs = options.perMinute / 60_000
  const maxClients = options.maxClients ?? 10_000
  // Map order is last-use order: a client is re-inserted on every request.
  const buckets = new Map<string, Bucket>()

  const level = (bucket: Bucket, now: number) =>
    Math.min(capacity, bucket.tokens + Math.max(0, now - bucket.at) * perMs)

  const makeRoom = (now: number) => {
    for (const [client, bucket] of buckets) {
      if (level(bucket, now) >= capacity) buckets.delete(client)
    }
    for (const client of buckets.keys()) {
      if (buckets.size < maxClients) break
      buckets.delete(client)
    }
  }

  return {
    get clients() {
      return buckets.size
    },
    take(client, now) {
      const bucket = buckets.get(client)
      const tokens = bucket ? level(bucket, now) : capacity
      if (bucket) buckets.delete(client)
      else if (buckets.size >= maxClients) makeRoom(now)
      if (tokens < 1) {
        buckets.set(client, { tokens, at: now })
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)),
        }
      }
      buckets.set(client, { tokens: tokens - 1, at: now })
      return { allowed: true }
    },
  }
}

/**
 * Middleware answering a client past its rate with a 429 `rate-limited` problem and
 * `Retry-After`. The client is the connection's remote address: behind a reverse proxy every
 * request comes from the proxy, so limit there instead (this limiter is off by default).
 *
 * @example
 * app.use(limitRate(createRateLimiter({ perMinute: 600 })))
 */
export function limitRate(limiter: RateLimiter): MiddlewareHandler {
  return async (c, next) => {
    const verdict = limiter.take(clientAddress(c), Date.now())
    if (!verdict.allowed) {
      throw new ProblemError(
        'rate-limited',
        `Too many requests from this address; try again in ${verdict.retryAfterSeconds} s`,
        { retryAfterSeconds: verdict.retryAfterSeconds },
      )
    }
    await next()
  }
}

/** The remote address under `@hono/node-server`; one shared name elsewhere (`app.request`). */
function clientAddress(c: Context): string {
  const env: unknown = c.env
  if (typeof env === 'object' && env !== null && 'incoming' in env) {
    const incoming: unknown = env.incoming
    if (typeof incoming === 'object' && incoming !== null && 'socket' in incoming) {
      const socket = incoming.socket as { remoteAddress?: string } | undefined
      if (socket?.remoteAddress) return socket.remoteAddress
    }
  }
  return 'unknown'
}
