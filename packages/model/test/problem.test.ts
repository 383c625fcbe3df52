import { expect, test } from 'vitest'
import { PROBLEM_BASE, ProblemSchema } from '../src/index.js'

test('a problem body of the API parses; one without detail does not', () => {
  const body = {
    type: `${PROBLEM_BASE}invalid-parameter`,
    title: 'Invalid parameter',
    status: 400,
    detail: 'page: must be at least 1',
    instance: '/search',
    invalidParams: [{ name: 'page', reason: 'must be at least 1' }],
  }
  expect(ProblemSchema.parse(body)).toEqual(body)
  expect(body.type).toBe('https://projektbank.se/problems/invalid-parameter')
  const { detail: _, ...withoutDetail } = body
  expect(ProblemSchema.safeParse(withoutDetail).error?.issues.map((i) => i.path)).toEqual([
    ['detail'],
  ])
})
