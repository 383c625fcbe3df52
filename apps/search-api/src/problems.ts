import { ProblemSchema as ModelProblemSchema, PROBLEM_BASE, type Problem } from '@projektbank/model'

/** Problem codes the API answers with, and their HTTP status. */
export const PROBLEMS = {
  'invalid-parameter': { status: 400, title: 'Invalid parameter' },
  'unknown-parameter': { status: 400, title: 'Unknown parameter' },
  'not-found': { status: 404, title: 'Not found' },
  'uri-too-long': { status: 414, title: 'URI too long' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  overloaded: { status: 503, title: 'Server busy' },
  'headers-too-large': { status: 431, title: 'Request header fields too large' },
  'malformed-request': { status: 400, title: 'Malformed request' },
  'upstream-unavailable': { status: 503, title: 'Search engine unavailable' },
  'index-missing': { status: 503, title: 'Search index missing' },
  'stats-incomplete': { status: 503, title: 'Statistics incomplete' },
  'upstream-timeout': { status: 504, title: 'Search engine timed out' },
  internal: { status: 500, title: 'Internal error' },
} as const

/** A problem code, e.g. `invalid-parameter`. */
export type ProblemCode = keyof typeof PROBLEMS

/** One offending query or path parameter. */
export type InvalidParam = NonNullable<Problem['invalidParams']>[number]

/**
 * The model's problem body, named `Problem` in the OpenAPI document.
 *
 * @example
 * { type: 'https://projektbank.se/problems/invalid-parameter', title: 'Invalid parameter',
 *   status: 400, detail: 'page: must be at least 1', instance: '/search?page=0',
 *   invalidParams: [{ name: 'page', reason: 'must be at least 1' }] }
 */
export const ProblemSchema = ModelProblemSchema.meta({ id: 'Problem' })

export { PROBLEM_BASE, type Problem }

/**
 * An error that becomes a problem response in `app.onError`.
 *
 * @example
 * throw new ProblemError('not-found', 'No project with id "x"')
 */
export class ProblemError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extra: { invalidParams?: InvalidParam[]; retryAfterSeconds?: number } = {},
  ) {
    super(detail)
    this.name = 'ProblemError'
  }
}

/** Builds the problem body for a code. */
export function problemBody(
  code: ProblemCode,
  detail: string,
  instance: string,
  invalidParams?: InvalidParam[],
): Problem {
  const { status, title } = PROBLEMS[code]
  return {
    type: `${PROBLEM_BASE}${code}`,
    title,
    status,
    detail,
    instance,
    ...(invalidParams ? { invalidParams } : {}),
  }
}

/** A problem as a `Response` with the right content type (and `Retry-After` when given). */
export function problemResponse(
  code: ProblemCode,
  detail: string,
  instance: string,
  extra: ProblemError['extra'] = {},
): Response {
  const body = problemBody(code, detail, instance, extra.invalidParams)
  const headers = new Headers({ 'content-type': 'application/problem+json' })
  if (extra.retryAfterSeconds !== undefined)
    headers.set('retry-after', String(extra.retryAfterSeconds))
  return new Response(JSON.stringify(body), { status: body.status, headers })
}

const problemContent = { 'application/problem+json': { schema: ProblemSchema } }

/** OpenAPI response entries for the problems a route can answer with. */
export function problemResponses<
  const S extends readonly (400 | 404 | 414 | 429 | 500 | 503 | 504)[],
>(...statuses: S) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: describeStatus(status), content: problemContent },
    ]),
  ) as Record<S[number], { description: string; content: typeof problemContent }>
}

function describeStatus(status: number): string {
  const titles = Object.values(PROBLEMS)
    .filter((p) => p.status === status)
    .map((p) => p.title)
  return titles.join(' / ')
}
