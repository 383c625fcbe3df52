/**
 * Limits of the HTTP server itself, before the app sees a request: how long a client may take to
 * send its headers and its whole request, and how many connections may be open at once.
 *
 * @example
 * await serveApp(app, { port: 0, host: '127.0.0.1', limits: { maxConnections: 100 } })
 */
export interface ServerLimits {
  /** Time a client gets to send the request headers; then 408 and close. Default 10 000 ms. */
  headersTimeoutMs: number
  /** Time a client gets to send the whole request; then 408 and close. Default 30 000 ms. */
  requestTimeoutMs: number
  /** Open connections at most; past this new ones are closed at once. Default 512. */
  maxConnections: number
}

/** Defaults of {@link ServerLimits}: far below Node's 60 s / 300 s / unlimited. */
export const DEFAULT_SERVER_LIMITS: Readonly<ServerLimits> = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  maxConnections: 512,
}

const VARIABLES = {
  HEADERS_TIMEOUT_MS: 'headersTimeoutMs',
  REQUEST_TIMEOUT_MS: 'requestTimeoutMs',
  MAX_CONNECTIONS: 'maxConnections',
} as const satisfies Record<string, keyof ServerLimits>

/**
 * Reads `HEADERS_TIMEOUT_MS`, `REQUEST_TIMEOUT_MS` and `MAX_CONNECTIONS`; throws on a value that
 * is not a positive integer.
 *
 * @example
 * serverLimitsFromEnv({ MAX_CONNECTIONS: '100' }) // { maxConnections: 100 }
 */
export function serverLimitsFromEnv(
  env: Record<string, string | undefined>,
): Partial<ServerLimits> {
  const limits: Partial<ServerLimits> = {}
  for (const [name, key] of Object.entries(VARIABLES)) {
    const raw = env[name]
    if (raw === undefined || raw === '') continue
    const value = Number(raw)
    if (!Number.isInteger(value) || value <= 0) {
      throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`)
    }
    limits[key] = value
  }
  return limits
}

/**
 * The defaults with `overrides` applied, checked: Node needs the headers' deadline to be no
 * later than the whole request's.
 */
export function resolveServerLimits(overrides: Partial<ServerLimits> = {}): ServerLimits {
  const limits = { ...DEFAULT_SERVER_LIMITS, ...overrides }
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new Error(
      `HEADERS_TIMEOUT_MS (${limits.headersTimeoutMs}) must not be longer than REQUEST_TIMEOUT_MS (${limits.requestTimeoutMs})`,
    )
  }
  return limits
}
