import { describe, expect, test } from 'vitest'
import {
  ndcgAt,
  precisionAt,
  recallAt,
  reciprocalRankAt,
  scoreRanking,
  summarise,
} from '../src/metrics.js'

const tenMisses = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10']

describe('recallAt', () => {
  test('counts every graded document as relevant, whatever its grade', () => {
    expect(recallAt(['x', 'a', 'y', 'd'], { a: 3, b: 1, c: 2, d: 1 })).toBe(0.5)
  })

  test('ignores hits after rank 10', () => {
    expect(recallAt([...tenMisses, 'a'], { a: 1 })).toBe(0)
    expect(recallAt([...tenMisses.slice(1), 'a'], { a: 1 })).toBe(1)
  })

  test('counts a repeated hit once', () => {
    expect(recallAt(['a', 'a'], { a: 2, b: 2 })).toBe(0.5)
  })
})

describe('precisionAt', () => {
  test('divides the relevant hits by the hits shown, whatever their grade', () => {
    expect(precisionAt(['a', 'x', 'b', 'y'], { a: 3, b: 1 })).toBe(0.5)
  })

  test('a full page divides by 10 and ignores hits after rank 10', () => {
    expect(precisionAt(['a', ...tenMisses.slice(0, 8), 'b', 'c'], { a: 1, b: 2, c: 3 })).toBe(0.2)
    expect(precisionAt(['a', 'b', 'c', ...tenMisses], { a: 1, b: 2, c: 3 })).toBe(0.3)
  })

  test('a short list of only relevant hits is 1, though some relevant sheets are missing', () => {
    expect(precisionAt(['b'], { a: 3, b: 1, c: 2 })).toBe(1)
  })

  test('counts a repeated hit once', () => {
    expect(precisionAt(['a', 'a', 'x'], { a: 2 })).toBe(0.5)
  })

  test('is 0 for no hits and for hits without a judged sheet', () => {
    expect(precisionAt([], { a: 3 })).toBe(0)
    expect(precisionAt(['x', 'y'], { a: 3 })).toBe(0)
  })
})

describe('ndcgAt', () => {
  test('one relevant document at rank 3: gain 7 discounted by log2(4) = 2, ideal 7', () => {
    expect(ndcgAt(['x', 'y', 'a'], { a: 3 })).toBe(0.5)
  })

  test('one marginal document at rank 7: gain 1 / log2(8) = 1/3, ideal 1', () => {
    expect(ndcgAt(['x', 'y', 'z', 'u', 'v', 'w', 'a'], { a: 1 })).toBe(1 / 3)
  })

  test('the ideal order scores 1', () => {
    expect(ndcgAt(['a', 'b', 'c'], { a: 3, b: 2, c: 1 })).toBe(1)
  })

  test('graded gains: (3/1 + 7/2) / (7/1 + 3/log2 3 + 1/2)', () => {
    // DCG of [b(2), x, a(3)] = 3 + 3.5 = 6.5; ideal [a, b, c] = 7 + 1.892789260714372 + 0.5
    expect(ndcgAt(['b', 'x', 'a'], { a: 3, b: 2, c: 1 })).toBeCloseTo(0.6920202103528978, 14)
  })

  test('equal grades: (3/1 + 3/2) / (3/1 + 3/log2 3)', () => {
    expect(ndcgAt(['a', 'x', 'b'], { a: 2, b: 2 })).toBeCloseTo(0.9197207891481876, 14)
  })

  test('is 0 when nothing relevant is in the first 10', () => {
    expect(ndcgAt([...tenMisses, 'a'], { a: 3 })).toBe(0)
  })
})

describe('reciprocalRankAt', () => {
  test('is 1 / rank of the first relevant hit', () => {
    expect(reciprocalRankAt(['x', 'y', 'z', 'a', 'b'], { a: 1, b: 3 })).toBe(0.25)
  })

  test('is 0 without a relevant hit in the first 10', () => {
    expect(reciprocalRankAt([...tenMisses, 'a'], { a: 3 })).toBe(0)
    expect(reciprocalRankAt([], { a: 3 })).toBe(0)
  })
})

describe('grade 0, judged not relevant', () => {
  // x was read and judged not relevant, y never judged: both are noise, alike on every measure
  const grades = { a: 2, x: 0 }

  test('scores exactly like an unjudged hit', () => {
    expect(scoreRanking(['x', 'a'], grades)).toEqual(scoreRanking(['y', 'a'], grades))
    expect(scoreRanking(['x', 'a'], grades)).toEqual({
      recall: 1,
      precision: 0.5,
      ndcg: expect.closeTo(1 / Math.log2(3), 14), // gain 3 at rank 2 against 3 at rank 1
      reciprocalRank: 0.5,
      zeroResults: false,
    })
  })

  test('does not count towards recall or the ideal nDCG when missed', () => {
    expect(recallAt(['a'], grades)).toBe(1)
    expect(ndcgAt(['a'], grades)).toBe(1)
  })

  test('a page of only 0-graded hits has precision, nDCG and MRR 0', () => {
    expect(scoreRanking(['x'], grades)).toEqual({
      recall: 0,
      precision: 0,
      ndcg: 0,
      reciprocalRank: 0,
      zeroResults: false,
    })
  })
})

describe('scoreRanking and summarise', () => {
  test('an empty ranking is a zero-result query with all scores 0', () => {
    expect(scoreRanking([], { a: 2 })).toEqual({
      recall: 0,
      precision: 0,
      ndcg: 0,
      reciprocalRank: 0,
      zeroResults: true,
    })
  })

  test('a ranking without relevant hits is not a zero-result query', () => {
    expect(scoreRanking(['x'], { a: 2 }).zeroResults).toBe(false)
  })

  test('averages every query with the same weight', () => {
    const scores = [
      scoreRanking(['a'], { a: 3 }), // recall 1, precision 1, ndcg 1, rr 1
      // recall 0.5, precision 0.5, rr 0.5, ndcg (1/log2 3) / (1 + 1/log2 3) = 0.38685280723454163
      scoreRanking(['x', 'a'], { a: 1, b: 1 }),
      // recall 1, precision 0.25, rr 0.25, ndcg (3/log2 5) / 3 = 0.43067655807339306
      scoreRanking(['x', 'y', 'z', 'a'], { a: 2 }),
      scoreRanking([], { a: 1 }), // zero results
    ]
    expect(summarise(scores)).toEqual({
      queries: 4,
      recall: (1 + 0.5 + 1 + 0) / 4,
      precision: (1 + 0.5 + 0.25 + 0) / 4,
      ndcg: expect.closeTo((1 + 0.38685280723454163 + 0.43067655807339306 + 0) / 4, 14),
      mrr: (1 + 0.5 + 0.25 + 0) / 4,
      zeroResultRate: 0.25,
    })
  })

  test('an empty set of queries gives zeros, not NaN', () => {
    expect(summarise([])).toEqual({
      queries: 0,
      recall: 0,
      precision: 0,
      ndcg: 0,
      mrr: 0,
      zeroResultRate: 0,
    })
  })
})
