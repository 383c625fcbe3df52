import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { describe, expect, test } from 'vitest'
import { buildVocabulary } from '../src/query-reading/vocabulary.js'
import { RAW_WORD_MIN_SCORE } from '../src/search-plan.js'
import { createSwedishSearchAnalyzer } from '../src/swedish-analyzer.js'
import { plannedQueries } from './_plan-queries.js'

const analyzer = loadSwedishAnalyzer()
/** An index's words with their document counts, as the indexer writes them. */
const vocabulary = buildVocabulary([
  ['gävle', 3],
  ['gäller', 20],
  ['läkare', 2],
  ['lärare', 6],
  ['validering', 7],
  ['umeå', 3],
])
const search = createSwedishSearchAnalyzer(analyzer, { vocabulary: () => vocabulary })

const rawQueryOf = (q: string) => plannedQueries(search.analyzeQuery(q))[0]

describe('one word the index holds as typed: its raw query leaves out matches with a typo', () => {
  test('gävle and läkare are words of the index: a one-typo match (gäller, lärare) is cut', () => {
    expect(search.analyzeQuery('gävle').rawIsIndexWord).toBe(true)
    expect(rawQueryOf('gävle')).toMatchObject({ q: 'gävle', rankingScoreThreshold: 0.5 })
    expect(rawQueryOf('Läkare')?.rankingScoreThreshold).toBe(RAW_WORD_MIN_SCORE)
  })

  test('a word restored or corrected to a word of the index counts as that word', () => {
    expect(rawQueryOf('gavle')).toMatchObject({ q: 'gävle', rankingScoreThreshold: 0.5 })
    expect(rawQueryOf('validerng')).toMatchObject({
      q: 'validering',
      rankingScoreThreshold: 0.5,
    })
  })

  test('a word the index does not hold keeps its typos: it may be a slip or a prefix', () => {
    expect(search.analyzeQuery('läkarna').rawIsIndexWord).toBeUndefined()
    expect(rawQueryOf('läkarna')?.rankingScoreThreshold).toBeUndefined()
    expect(rawQueryOf('gäv')?.rankingScoreThreshold).toBeUndefined()
  })

  test('several words, or a phrase, keep their typos', () => {
    expect(rawQueryOf('gävle umeå')?.rankingScoreThreshold).toBeUndefined()
    expect(rawQueryOf('"gävle"')?.rankingScoreThreshold).toBeUndefined()
  })

  test('without an index vocabulary nothing is cut', () => {
    const plain = createSwedishSearchAnalyzer(analyzer)
    expect(plain.analyzeQuery('gävle').rawIsIndexWord).toBeUndefined()
  })
})
