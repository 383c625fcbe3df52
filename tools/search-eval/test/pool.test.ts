import { describe, expect, test } from 'vitest'
import type { QueryRun, SystemRun } from '../src/evaluate.js'
import type { JudgedQuery } from '../src/judgments.js'
import { scoreRanking } from '../src/metrics.js'
import { poolUnjudged, shuffled } from '../src/pool.js'

const far: JudgedQuery = {
  id: 'nd-20',
  kind: 'no-diacritics',
  query: 'far',
  // judged.txt is relevant, decoy.txt was read and judged not relevant: neither is pooled again
  judgments: { 'judged.txt': 3, 'decoy.txt': 0 },
}
const dagis: JudgedQuery = {
  id: 'syn-02',
  kind: 'synonym',
  query: 'dagis',
  judgments: { 'forskola.txt': 3 },
}

function system(key: string, hits: [string[], string[]]): SystemRun {
  const runs: QueryRun[] = [far, dagis].map((query, index) => {
    const grades = { ...query.judgments }
    const ranking = hits[index] ?? []
    return { query, grades, hits: ranking, scores: scoreRanking(ranking, grades) }
  })
  return { system: { key, label: `system ${key}` }, runs }
}

const aFirst = ['judged.txt', 'p.txt', 'q.txt', 'r.txt', 's.txt', 't.txt', 'u.txt', 'v.txt']
const a = system('a', [[...aFirst, 'w.txt', 'x.txt', 'beyond-ten.txt'], []])
const b = system('b', [['decoy.txt', 'p.txt', 'y.txt'], ['forskola.txt']])
const c = system('c', [
  ['z.txt', 'judged.txt'],
  ['forskola.txt', 'barn.txt'],
])

// Sorts the input, then keeps it as drawn: j = floor(0.999 · (i + 1)) = i swaps nothing.
const identity = () => 0.999

describe('poolUnjudged', () => {
  test('pools the first 10 hits of every system, less the sheets judged at any grade', () => {
    expect(poolUnjudged([a, b, c], identity)).toEqual([
      {
        id: 'nd-20',
        kind: 'no-diacritics',
        query: 'far',
        unjudged: [
          'p.txt',
          'q.txt',
          'r.txt',
          's.txt',
          't.txt',
          'u.txt',
          'v.txt',
          'w.txt',
          'x.txt',
          'y.txt',
          'z.txt',
        ],
      },
      { id: 'syn-02', kind: 'synonym', query: 'dagis', unjudged: ['barn.txt'] },
    ])
  })

  test('the order does not depend on which system returned a sheet', () => {
    const pools = [
      poolUnjudged([a, b, c], () => 0),
      poolUnjudged([c, b, a], () => 0),
      poolUnjudged([b, a, c], () => 0),
    ].map((pool) => pool[0]?.unjudged)
    expect(pools[1]).toEqual(pools[0])
    expect(pools[2]).toEqual(pools[0])
    // random() = 0 always swaps with the first place, which turns the sorted list one step left
    expect(pools[0]).toEqual([
      'q.txt',
      'r.txt',
      's.txt',
      't.txt',
      'u.txt',
      'v.txt',
      'w.txt',
      'x.txt',
      'y.txt',
      'z.txt',
      'p.txt',
    ])
  })

  test('leaves out a query whose pooled sheets are all judged', () => {
    const judgedOnly = system('d', [['judged.txt', 'decoy.txt'], ['forskola.txt']])
    expect(poolUnjudged([judgedOnly], identity)).toEqual([])
  })

  test('refuses runs whose queries are not in the same order', () => {
    const reversed: SystemRun = { ...b, runs: [...b.runs].reverse() }
    expect(() => poolUnjudged([a, reversed], identity)).toThrow(
      '(b) has no run of nd-20 at position 0',
    )
  })
})

describe('shuffled', () => {
  test('draws with the given random numbers and leaves the input alone', () => {
    const input = ['a', 'b', 'c', 'd']
    const draws = [0.5, 0, 0.9]
    // i = 3: j = floor(0.5 · 4) = 2 → a b d c; i = 2: j = 0 → d b a c; i = 1: j = 1 → d b a c
    expect(shuffled(input, () => draws.shift() ?? 0)).toEqual(['d', 'b', 'a', 'c'])
    expect(input).toEqual(['a', 'b', 'c', 'd'])
  })
})
