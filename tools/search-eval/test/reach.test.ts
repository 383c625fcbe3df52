import { blankProject } from '@projektbank/corpus'
import type { Project } from '@projektbank/model'
import { describe, expect, test } from 'vitest'
import type { CorpusSheet } from '../src/corpus.js'
import type { JudgedQuery } from '../src/judgments.js'
import { bestOrderNdcgAt, reorderedRecallAt } from '../src/metrics.js'
import { measureReach, queryWords, type ReadingSystem, summariseReach } from '../src/reach.js'
import { reachTable } from '../src/report.js'

// A stand-in for the index's analysis: lower-case words, and the one lemma the tests need.
const analyzeText = (text: string) =>
  (text.toLocaleLowerCase('sv').match(/\p{L}+/gu) ?? [])
    .flatMap((word) => (word === 'familjer' ? [word, 'familj'] : [word]))
    .join(' ')

function sheet(file: string, title: string, summary: string): CorpusSheet {
  const blank = blankProject('A')
  const project: Project = {
    ...blank,
    id: `id-${file.replace('.txt', '')}`,
    title,
    sections: { ...blank.sections, summary },
  }
  return { file, path: file, project }
}

const sheets = [
  sheet('a.txt', 'Stöd till barnfamiljer', 'Familjer med barn får stöd.'),
  sheet('b.txt', 'Föräldrar i arbete', 'Familjer långt från arbetsmarknaden.'),
  sheet('c.txt', 'Trygga uppväxtvillkor', 'Barn som växer upp i fattigdom.'),
  sheet('d.txt', 'Skogsmaskinförare', 'En utbildning i skogen.'),
]

// c is about the subject in other words: no reading of the query reaches it.
const query: JudgedQuery = {
  id: 'inf-01',
  kind: 'inflection',
  query: 'familj',
  judgments: { 'a.txt': 3, 'b.txt': 1, 'c.txt': 2, 'd.txt': 0 },
}

// The system finds b and a but ranks the weaker b first, and d, judged 0, in between.
const system: ReadingSystem = {
  searchRead: async () => ({
    ids: ['id-b', 'id-d', 'id-a'],
    reading: { searched: 'familj', rewrites: [] },
  }),
}

describe('reordered metrics', () => {
  test('reorderedRecallAt counts the relevant documents found at any rank, up to k', () => {
    expect(reorderedRecallAt(['x', 'b', 'a'], { a: 3, b: 1, c: 2 })).toBeCloseTo(2 / 3)
    expect(reorderedRecallAt(['a', 'b', 'c'], { a: 1, b: 1, c: 1 }, 2)).toBeCloseTo(2 / 3)
  })

  test('bestOrderNdcgAt scores the found documents highest grade first', () => {
    expect(bestOrderNdcgAt(['b', 'x', 'a'], { a: 3, b: 1 })).toBe(1)
    // Found only b (1) of a (3) and b: gain 1 against 7 + 1/log2(3).
    expect(bestOrderNdcgAt(['b'], { a: 3, b: 1 })).toBeCloseTo(1 / (7 + 1 / Math.log2(3)))
  })
})

describe('queryWords', () => {
  test('joins the query as typed, as searched and every rewrite, analysed', () => {
    const words = queryWords(analyzeText, 'AF', {
      searched: 'af',
      rewrites: [
        {
          term: 'af',
          replacement: 'arbetsförmedlingen',
          source: 'abbreviation',
          kind: 'added',
        },
      ],
    })
    expect([...words].sort()).toEqual(['af', 'arbetsförmedlingen'])
  })
})

describe('measureReach', () => {
  test('gives each level of one query: ceiling, word reach, returned, first page', async () => {
    const [reach] = await measureReach(system, analyzeText, [query], sheets)
    const ideal = 7 + 3 / Math.log2(3) + 1 / Math.log2(4)
    expect(reach?.ceiling).toBe(1)
    // a and b share *familj* with the query; c does not.
    expect(reach?.wordReach.recall).toBeCloseTo(2 / 3)
    expect(reach?.wordReach.ndcg).toBeCloseTo((7 + 1 / Math.log2(3)) / ideal)
    // The system returns a and b too: reordering would reach as far as the words do.
    expect(reach?.returned).toEqual(reach?.wordReach)
    // As ranked: b (1), d (0), a (3).
    expect(reach?.firstPage.recall).toBeCloseTo(2 / 3)
    expect(reach?.firstPage.ndcg).toBeCloseTo((1 + 7 / Math.log2(4)) / ideal)
  })

  test('a sheet the system returns counts as reached, though it shares no analysed word', async () => {
    // Meilisearch's typo tolerance finds c (say *familj* one letter off); the analysis does not.
    const typoSystem: ReadingSystem = {
      searchRead: async () => ({
        ids: ['id-c', 'id-a'],
        reading: { searched: 'familj', rewrites: [] },
      }),
    }
    const [reach] = await measureReach(typoSystem, analyzeText, [query], sheets)
    expect(reach?.wordReach.recall).toBe(1)
    expect(reach?.returned.recall).toBeCloseTo(2 / 3)
  })

  test('summarises by kind and renders one row per kind and one for all', async () => {
    const reach = await measureReach(system, analyzeText, [query], sheets)
    expect(summariseReach(reach, 'typo').queries).toBe(0)
    const rows = reachTable(reach).split('\n')
    expect(rows[2]).toBe('| **all** | 1 | 1.000 | 0.667 | 0.667 | 0.667 | 0.812 | 0.812 | 0.479 |')
    expect(rows.find((r) => r.startsWith('| typo '))).toBe(
      '| typo | 0 | 0.000 | 0.000 | 0.000 | 0.000 | 0.000 | 0.000 | 0.000 |',
    )
  })
})
