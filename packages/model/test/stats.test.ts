import { describe, expect, test } from 'vitest'
import { STATS_GROUP_BY, StatsQuerySchema, StatsResponseSchema } from '../src/index.js'

describe('StatsQuerySchema', () => {
  test('groupBy is required and one of the ten facets; sort and format have defaults', () => {
    expect(StatsQuerySchema.parse({ groupBy: 'county', region: 'Övre Norrland' })).toEqual({
      groupBy: 'county',
      region: ['Övre Norrland'],
      sort: 'esfGrant',
      format: 'json',
    })
    expect(STATS_GROUP_BY).toHaveLength(10)
    expect(StatsQuerySchema.safeParse({}).success).toBe(false)
    expect(StatsQuerySchema.safeParse({ groupBy: 'title' }).success).toBe(false)
    expect(StatsQuerySchema.safeParse({ groupBy: 'year', sort: 'relevance' }).success).toBe(false)
  })

  test('takes the filters of /search, with their range check, and no paging', () => {
    expect(
      StatsQuerySchema.parse({ groupBy: 'year', year: ['2014', '2011'], grantMin: '5' }),
    ).toMatchObject({ year: [2014, 2011], grantMin: 5 })
    const reversed = StatsQuerySchema.safeParse({ groupBy: 'year', grantMin: 9, grantMax: 1 })
    expect(reversed.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['grantMin'], 'grantMin must not exceed grantMax'],
    ])
    const paged = StatsQuerySchema.safeParse({ groupBy: 'year', page: '2' })
    expect(paged.error?.issues[0]?.code).toBe('unrecognized_keys')
  })
})

test('StatsResponseSchema accepts a group without a value and rejects negative sums', () => {
  const totals = { count: 1, esfGrant: 450000, totalBudget: 900000 }
  const reading = { searched: '', rewrites: [] }
  const response = { query: '', reading, totalHits: 1, groupBy: 'county', totals }
  expect(
    StatsResponseSchema.safeParse({ ...response, groups: [{ value: null, ...totals }] }).success,
  ).toBe(true)
  expect(
    StatsResponseSchema.safeParse({
      ...response,
      groups: [{ value: 'x', count: 1, esfGrant: -1, totalBudget: 0 }],
    }).success,
  ).toBe(false)
})

test('StatsResponseSchema requires the reading of the query, as a search response has it', () => {
  const totals = { count: 0, esfGrant: 0, totalBudget: 0 }
  const response = { query: 'orebro', totalHits: 0, groupBy: 'county', groups: [], totals }
  expect(StatsResponseSchema.safeParse(response).error?.issues[0]?.path).toEqual(['reading'])
  const reading = {
    searched: 'örebro',
    rewrites: [{ term: 'orebro', replacement: 'örebro', source: 'diacritics', kind: 'replaced' }],
  }
  expect(StatsResponseSchema.parse({ ...response, reading }).reading).toEqual(reading)
})
