import { z } from 'zod'

/**
 * Base of every problem `type` URI the search API sends; the last path segment is the
 * problem's stable code.
 *
 * @example
 * `${PROBLEM_BASE}invalid-parameter` // 'https://projektbank.se/problems/invalid-parameter'
 */
export const PROBLEM_BASE = 'https://projektbank.se/problems/'

/**
 * RFC 9457 problem details, the body of every error answer of the search API
 * (`Content-Type: application/problem+json`).
 *
 * @example
 * const problem: Problem = {
 *   type: 'https://projektbank.se/problems/invalid-parameter', title: 'Invalid parameter',
 *   status: 400, detail: 'page: must be at least 1', instance: '/search',
 *   invalidParams: [{ name: 'page', reason: 'must be at least 1' }],
 * }
 */
export const ProblemSchema = z.object({
  /** `PROBLEM_BASE` + the stable problem code, e.g. `…/invalid-parameter`. */
  type: z.string().meta({ example: `${PROBLEM_BASE}invalid-parameter` }),
  /** Short summary of the problem code; the same for every answer of that code. */
  title: z.string(),
  /** The HTTP status, repeated. */
  status: z.number().int(),
  /** What went wrong with this request, in a sentence. */
  detail: z.string(),
  /** The path of the request. */
  instance: z.string(),
  invalidParams: z
    .array(z.object({ name: z.string(), reason: z.string() }))
    .optional()
    .describe('The parameters that were rejected, each with the reason'),
})

/** A problem body, see {@link ProblemSchema}. */
export type Problem = z.infer<typeof ProblemSchema>
