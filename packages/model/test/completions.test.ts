import { describe, expect, test } from 'vitest'
import { CompletionsQuerySchema, MAX_COMPLETIONS } from '../src/index.js'

describe('CompletionsQuerySchema', () => {
  test('reads the limit from a URL string and defaults it to 8', () => {
    expect(CompletionsQuerySchema.parse({ q: 'unga arbetsf' })).toEqual({
      q: 'unga arbetsf',
      limit: 8,
    })
    expect(CompletionsQuerySchema.parse({ q: 'nee', limit: '20' }).limit).toBe(20)
  })

  test('refuses a missing q, a limit out of range or not in digits, and unknown parameters', () => {
    const paths = (input: Record<string, unknown>) =>
      CompletionsQuerySchema.safeParse(input).error?.issues.map((i) => i.path[0] ?? i.code)
    expect(paths({})).toEqual(['q'])
    expect(paths({ q: 'a', limit: String(MAX_COMPLETIONS + 1) })).toEqual(['limit'])
    expect(paths({ q: 'a', limit: '0' })).toEqual(['limit'])
    expect(paths({ q: 'a', limit: '1e1' })).toEqual(['limit'])
    expect(paths({ q: 'a', size: '3' })).toEqual(['unrecognized_keys'])
  })
})
