import { describe, expect, test } from 'vitest'
import type { QueryRun, SystemRun } from '../src/evaluate.js'
import type { JudgedQuery } from '../src/judgments.js'
import { scoreRanking } from '../src/metrics.js'
import { typingTable } from '../src/report.js'
import { typedPrefix, typedQueries } from '../src/typing.js'

describe('typedPrefix', () => {
  test('cuts the last word to its share, rounded up', () => {
    expect(typedPrefix('undersköterska', 0.5)).toBe('undersk')
    expect(typedPrefix('undersköterska', 0.75)).toBe('undersköter')
    expect(typedPrefix('nyanlända kvinnor', 0.5)).toBe('nyanlända kvin')
  })

  test('keeps at least three letters, and a word too short to cut whole', () => {
    expect(typedPrefix('barnfamilj', 0.25)).toBe('bar')
    expect(typedPrefix('AF', 0.5)).toBe('AF')
    expect(typedPrefix('LSS', 0.5)).toBe('LSS')
  })

  test('drops what follows the last word, counts letters not code units', () => {
    expect(typedPrefix('kvinnor ', 0.5)).toBe('kvin')
    expect(typedPrefix('ööööööö', 0.5)).toBe('öööö')
  })
})

describe('typingTable', () => {
  const query: JudgedQuery = {
    id: 'inf-01',
    kind: 'inflection',
    query: 'sjuksköterska',
    judgments: { 'a.txt': 3 },
  }
  const run = (q: JudgedQuery, hits: string[]): QueryRun => ({
    query: q,
    grades: { ...q.judgments },
    hits,
    scores: scoreRanking(hits, { ...q.judgments }),
  })
  const system = (key: string, runs: QueryRun[]): SystemRun => ({
    system: { key, label: key },
    runs,
  })

  test('sets the finished queries above each share, with how many queries were cut', () => {
    const [typed] = typedQueries([query], 0.5)
    if (!typed) throw new Error('no typed query')
    expect(typed.query).toBe('sjukskö')
    const finished = [system('a', [run(query, ['a.txt'])]), system('c', [run(query, ['a.txt'])])]
    const half = [system('a', [run(typed, [])]), system('c', [run(typed, ['a.txt'])])]
    expect(
      typingTable(finished, [{ share: 0.5, runs: half }])
        .split('\n')
        .slice(2),
    ).toEqual([
      '| all of it (the finished query) | 0 | 1.000 / 1.000 | 1.000 / 1.000 | 1.000 / 1.000 | 0.000 / 0.000 |',
      '| 50 % | 1 | 0.000 / 1.000 | 0.000 / 1.000 | 0.000 / 1.000 | 1.000 / 0.000 |',
    ])
  })
})
