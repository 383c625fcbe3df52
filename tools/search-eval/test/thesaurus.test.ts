import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { describe, expect, test } from 'vitest'
import { findTriggeredPairs } from '../src/thesaurus/find-triggers.js'
import type { PairMeasurement } from '../src/thesaurus/measurements.js'
import { poolAddedUnjudged } from '../src/thesaurus/pool-added.js'

describe('findTriggeredPairs', () => {
  const analyzer = loadSwedishAnalyzer()
  const analyze = (q: string) => analyzer.analyzeQuery(q)

  test('finds a pair by any form of its word, as typed or as read, never inside a compound', () => {
    const pairs = [
      { from: 'cykel', to: 'velociped' },
      { from: 'cykel', to: 'tvåhjuling' },
      { from: 'bok', to: 'volym' },
      { from: 'hav', to: 'sjö' },
    ]
    const queries = [
      { id: 'q-01', texts: ['cyklarna i stan'] },
      // Typed without å/ä/ö; the API read it as "böcker".
      { id: 'q-02', texts: ['bocker', 'böcker'] },
      { id: 'q-03', texts: ['cykelbok'] },
    ]
    // `cykelbok` holds both words only as parts: thesaurus rows match whole words.
    expect(findTriggeredPairs(pairs, queries, analyze)).toEqual([
      { from: 'cykel', to: 'velociped', queryIds: ['q-01'] },
      { from: 'cykel', to: 'tvåhjuling', queryIds: ['q-01'] },
      { from: 'bok', to: 'volym', queryIds: ['q-02'] },
    ])
  })
})

describe('poolAddedUnjudged', () => {
  const scores = { recall: 1, precision: 1, ndcg: 1 }
  const pairs: PairMeasurement[] = [
    {
      from: 'cykel',
      to: 'velociped',
      queries: [
        {
          id: 'q-01',
          kind: 'synonym',
          query: 'cykel',
          before: scores,
          after: scores,
          added: [
            { file: 'b.txt', grade: null },
            { file: 'judged.txt', grade: 0 },
          ],
        },
      ],
    },
    {
      from: 'cykel',
      to: 'tvåhjuling',
      queries: [
        {
          id: 'q-01',
          kind: 'synonym',
          query: 'cykel',
          before: scores,
          after: scores,
          added: [
            { file: 'a.txt', grade: null },
            { file: 'b.txt', grade: null },
          ],
        },
        { id: 'q-02', kind: 'typo', query: 'cykl', before: scores, after: scores, added: [] },
      ],
    },
  ]

  test('pools each query once, only its unjudged sheets, without the pair that brought them', () => {
    expect(poolAddedUnjudged(pairs, () => 0)).toEqual([
      { id: 'q-01', kind: 'synonym', query: 'cykel', unjudged: ['b.txt', 'a.txt'] },
    ])
  })
})
