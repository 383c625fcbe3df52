import { expect, test } from 'vitest'
import { type MeasuredQuery, reviewPairs } from '../scripts/thesaurus/review-pairs.js'

const same = { recall: 0.5, precision: 0.8, ndcg: 0.6 }
const query = (
  text: string,
  after: MeasuredQuery['after'],
  added: MeasuredQuery['added'] = [],
) => ({
  kind: 'synonym',
  query: text,
  before: same,
  after,
  added,
})

test('keeps a pair that helps somewhere and hurts nowhere; says why for every pair', () => {
  const review = reviewPairs([
    {
      from: 'cykel',
      to: 'velociped',
      queries: [
        query('cykel', { recall: 1, precision: 0.8, ndcg: 0.7 }, [{ file: 'a.txt', grade: 2 }]),
        query('cykelväg', same),
      ],
    },
    {
      from: 'cykel',
      to: 'hoj',
      queries: [
        query('cykel', { recall: 1, precision: 0.6, ndcg: 0.7 }, [
          { file: 'a.txt', grade: 2 },
          { file: 'b.txt', grade: null },
        ]),
      ],
    },
    {
      from: 'bok',
      to: 'volym',
      queries: ['bok', 'böcker', 'bokhylla', 'bokslut'].map((text) => query(text, same)),
    },
  ])
  expect(review).toEqual({
    kept: [
      {
        from: 'cykel',
        to: 'velociped',
        why: '`cykel` (synonym): recall@10 +0.500, nDCG@10 +0.100; no change on 1 other query',
      },
    ],
    denied: [
      {
        from: 'cykel',
        to: 'hoj',
        why: '`cykel` (synonym): precision@10 −0.200, recall@10 +0.500, nDCG@10 +0.100 (1 unjudged hit added)',
      },
      {
        from: 'bok',
        to: 'volym',
        why: 'no gain: no change on 4 queries (`bok`, `böcker`, `bokhylla`, …)',
      },
    ],
  })
})
