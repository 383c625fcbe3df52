import type { PROBLEM_BASE as MODEL_PROBLEM_BASE, Problem } from '@projektbank/model'

/** How much of a body that is not problem+json a {@link ProblemError} keeps as its detail. */
const MAX_DETAIL = 300

/**
 * The model's `PROBLEM_BASE`, written out so that the client loads nothing of the model at run
 * time (zod and the code lists); the type makes a change in the model a compile error here.
 */
const PROBLEM_BASE: typeof MODEL_PROBLEM_BASE = 'https://projektbank.se/problems/'

/**
 * An answer of the API that is not a success: the problem+json body it sent (RFC 9457), or,
 * for an answer without one (a proxy's HTML error page, say), `type: 'about:blank'`, the
 * status text as title and the start of the body as detail.
 *
 * @example
 * try {
 *   await api.project('no-such-id')
 * } catch (error) {
 *   if (error instanceof ProblemError && error.code === 'not-found') console.log(error.detail)
 * }
 */
export class ProblemError extends Error implements Problem {
  /** `https://projektbank.se/problems/<code>`, or `about:blank`. */
  readonly type: string
  /** Short summary of the problem code, e.g. `Invalid parameter`. */
  readonly title: string
  /** HTTP status of the answer. */
  readonly status: number
  /** What went wrong with this request. */
  readonly detail: string
  /** Path of the request. */
  readonly instance: string
  /** The rejected parameters, each with its reason (400 `invalid-parameter`). */
  readonly invalidParams?: { name: string; reason: string }[]
  /**
   * The stable problem code, the last segment of `type`: `invalid-parameter`, `not-found`,
   * `uri-too-long`, `rate-limited`, `overloaded`, `upstream-unavailable`, `upstream-timeout`, …;
   * `undefined` for an answer without a problem body of the API.
   */
  readonly code: string | undefined
  /** Seconds the API asks to wait before retrying (`Retry-After` of 429, 503 and 504). */
  readonly retryAfterSeconds: number | undefined

  constructor(problem: Problem, options: { retryAfterSeconds?: number } = {}) {
    super(`${problem.status} ${problem.title}: ${problem.detail}`)
    this.name = 'ProblemError'
    this.type = problem.type
    this.title = problem.title
    this.status = problem.status
    this.detail = problem.detail
    this.instance = problem.instance
    if (problem.invalidParams) this.invalidParams = problem.invalidParams
    this.code = problem.type.startsWith(PROBLEM_BASE)
      ? problem.type.slice(PROBLEM_BASE.length)
      : undefined
    this.retryAfterSeconds = options.retryAfterSeconds
  }

  /**
   * The error for a response that is not `ok`; reads its body.
   *
   * @example
   * if (!response.ok) throw await ProblemError.fromResponse(response, '/search')
   */
  static async fromResponse(response: Response, instance: string): Promise<ProblemError> {
    const text = await response.text().catch(() => '')
    const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN)
    const options = Number.isFinite(retryAfter) ? { retryAfterSeconds: retryAfter } : {}
    const problem = parseProblem(text)
    if (problem) return new ProblemError(problem, options)
    return new ProblemError(
      {
        type: 'about:blank',
        title: response.statusText || `HTTP ${response.status}`,
        status: response.status,
        detail: text.trim().slice(0, MAX_DETAIL) || `The API answered ${response.status}`,
        instance,
      },
      options,
    )
  }
}

/** The body as a {@link Problem}, or `undefined` when it is not one. */
function parseProblem(text: string): Problem | undefined {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof body !== 'object' || body === null) return undefined
  const { type, title, status, detail, instance, invalidParams } = body as Record<string, unknown>
  if (
    typeof type !== 'string' ||
    typeof title !== 'string' ||
    typeof status !== 'number' ||
    typeof detail !== 'string' ||
    typeof instance !== 'string'
  )
    return undefined
  return {
    type,
    title,
    status,
    detail,
    instance,
    ...(Array.isArray(invalidParams)
      ? { invalidParams: invalidParams.filter(isInvalidParam) }
      : {}),
  }
}

function isInvalidParam(value: unknown): value is { name: string; reason: string } {
  if (typeof value !== 'object' || value === null) return false
  const { name, reason } = value as Record<string, unknown>
  return typeof name === 'string' && typeof reason === 'string'
}
