/**
 * A word being typed is read as a key of the reading tables only when the list under the
 * search box offers that key first, or offers first a word the key reads as.
 */
import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { describe, expect, test } from 'vitest'
import { buildVocabulary } from '../src/query-reading/vocabulary.js'
import { createSwedishSearchAnalyzer } from '../src/swedish-analyzer.js'

const analyzer = loadSwedishAnalyzer()
const search = createSwedishSearchAnalyzer(analyzer, {
  vocabulary: () =>
    buildVocabulary([
      ['arbete', 40],
      ['arbetsgivare', 38],
      ['arbeta', 29],
      ['arbetslöshet', 13],
      ['arbetssökande', 8],
      ['kvinnor', 30],
      ['långtidssjukskrivna', 3],
      ['långtidssjukskriven', 3],
      ['sjukskrivna', 4],
      ['sjukskriven', 4],
      ['neet', 1],
      ['kort', 15],
      ['jobb', 16],
      ['jobbcoach', 2],
      ['korta', 14],
    ]),
})
const replacements = (q: string) =>
  search.analyzeQuery(q).reading.rewrites.map((r) => r.replacement)

describe('a key being typed is read only as the list offers it', () => {
  test('arb is on its way to arbete, not to the key arbetslös', () => {
    expect(search.analyzeQuery('kvinnor och arb').reading.rewrites).toEqual([])
    expect(search.analyzeQuery('kvinnor och arb').expanded).toEqual([])
  })

  test('långtidssj reads as långtidssjuk: the list offers långtidssjukskrivna, its reading', () => {
    expect(replacements('långtidssj')).toEqual(['långtidssjukskriven', 'sjukskriven'])
  })

  test('kor begins kort, one word of a reading of kortutbildad: not read as that key', () => {
    expect(replacements('kor')).not.toContain('lågutbildad')
    expect(replacements('kor')).not.toContain('kort utbildning')
  })

  test('job alone, which no sheet has, is not read as job fair: the list offers jobb', () => {
    // On its way to *jobb*, a key of the table too: its readings.
    expect(replacements('job')).toEqual(['arbete', 'anställning', 'sysselsättning'])
    // green, which begins only the key green transition, still reads as it.
    expect(replacements('green')).toEqual(['grön omställning'])
  })

  test('a key the list offers first is read while typed: NEE', () => {
    expect(replacements('unga NEE')).toContain('unga som varken arbetar eller studerar')
  })
})
