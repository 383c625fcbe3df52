import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { describe, expect, test } from 'vitest'
import { adjectiveOfHetNoun, deriveAdjectives } from '../src/query-reading/derive-adjectives.js'
import { loadAnalyzer } from '../src/swedish-analyzer.js'

const analyzer = loadSwedishAnalyzer()
const { search } = await loadAnalyzer()

describe('adjectiveOfHetNoun', () => {
  test('a state noun in -het gives the adjective the lexicon knows', () => {
    expect(adjectiveOfHetNoun(analyzer.lexicon, 'arbetslöshet')).toBe('arbetslös')
    expect(adjectiveOfHetNoun(analyzer.lexicon, 'jämställdhet')).toBe('jämställd')
    expect(adjectiveOfHetNoun(analyzer.lexicon, 'tillgänglighet')).toBe('tillgänglig')
  })

  test('a short stem or a noun not in -het gives nothing', () => {
    expect(adjectiveOfHetNoun(analyzer.lexicon, 'enhet')).toBeUndefined()
    expect(adjectiveOfHetNoun(analyzer.lexicon, 'hälsa')).toBeUndefined()
    expect(adjectiveOfHetNoun(analyzer.lexicon, 'arbetslös')).toBeUndefined()
  })

  test('a stem the lexicon does not know as a word gives nothing', () => {
    expect(adjectiveOfHetNoun(analyzer.lexicon, 'qwxzhet')).toBeUndefined()
  })
})

describe('deriveAdjectives', () => {
  test('a word of the query and the last part of a compound are read as the adjective', () => {
    expect(deriveAdjectives(analyzer.lexicon, analyzer.analyzeQuery('arbetslöshet'))).toEqual([
      { start: 0, end: 1, from: 'arbetslöshet', to: 'arbetslös', source: 'synonym' },
    ])
    expect(
      deriveAdjectives(analyzer.lexicon, analyzer.analyzeQuery('ungdomsarbetslöshet umeå')),
    ).toEqual([
      {
        start: 0,
        end: 1,
        part: 1,
        from: 'ungdomsarbetslöshet',
        to: 'arbetslös',
        source: 'synonym',
      },
    ])
  })

  test('phrases, exclusions and other words are left alone', () => {
    const query = analyzer.analyzeQuery('"arbetslöshet bland unga" -jämställdhet enhet')
    expect(deriveAdjectives(analyzer.lexicon, query)).toEqual([])
  })
})

describe('the search reads -het nouns as their adjective too', () => {
  test('arbetslöshet is also searched as arbetslös, after the query as typed', () => {
    const { analysed, expanded, reading } = search.analyzeQuery('arbetslöshet')
    expect({ analysed, expanded, rewrites: reading.rewrites }).toEqual({
      analysed: 'arbetslöshet',
      expanded: ['arbetslös'],
      rewrites: [
        { term: 'arbetslöshet', replacement: 'arbetslös', source: 'synonym', kind: 'added' },
      ],
    })
  })

  test('a compound keeps its other parts: ungdomsarbetslöshet is also ungdom arbetslös', () => {
    expect(search.analyzeQuery('ungdomsarbetslöshet').expanded).toEqual(['ungdom arbetslös'])
  })

  test('a verbatim search adds nothing', () => {
    expect(search.analyzeQuery('arbetslöshet', { verbatim: true }).expanded).toEqual([])
  })
})
