import { describe, expect, test } from 'vitest'
import stopwordData from '../data/stopwords-sv.json'
import { isStopword, SWEDISH_STOPWORDS } from '../src/stopwords.js'
import { analyzer } from './_analyzer.js'

describe('stop words', () => {
  test('is the short Snowball list of function words', () => {
    expect(SWEDISH_STOPWORDS.size).toBe(113)
    expect(stopwordData.words.slice(0, 8)).toEqual([
      'och',
      'det',
      'att',
      'i',
      'en',
      'jag',
      'hon',
      'som',
    ])
    expect(['och', 'att', 'som', 'på', 'inte', 'vilkas'].every(isStopword)).toBe(true)
  })

  test('content words survive analysis', () => {
    expect(analyzer.analyzeText('Beslut om stöd varje dag under sommaren')).toEqual([
      'beslut',
      'stöd',
      'dag',
      'sommaren',
      'sommar',
    ])
  })
})
