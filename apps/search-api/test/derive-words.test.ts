import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { describe, expect, test } from 'vitest'
import {
  adjectiveOfHetNoun,
  deriveBaseWords,
  verbOfIngNoun,
} from '../src/query-reading/derive-words.js'
import { buildVocabulary } from '../src/query-reading/vocabulary.js'
import { createSwedishSearchAnalyzer, loadAnalyzer } from '../src/swedish-analyzer.js'

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

  test('a state noun with no plural keeps its adjective', () => {
    expect(adjectiveOfHetNoun(analyzer.lexicon, 'delaktighet')).toBe('delaktig')
    expect(adjectiveOfHetNoun(analyzer.lexicon, 'trygghet')).toBe('trygg')
  })

  test('a noun with a plural names things, not the state: it gives nothing', () => {
    expect(adjectiveOfHetNoun(analyzer.lexicon, 'myndighet')).toBeUndefined()
    expect(adjectiveOfHetNoun(analyzer.lexicon, 'färdighet')).toBeUndefined()
    expect(adjectiveOfHetNoun(analyzer.lexicon, 'verksamhet')).toBeUndefined()
  })
})

describe('verbOfIngNoun', () => {
  test('an action noun in -ing or -ning gives the verb the lexicon knows', () => {
    expect(verbOfIngNoun(analyzer.lexicon, 'validering')).toBe('validera')
    expect(verbOfIngNoun(analyzer.lexicon, 'samordning')).toBe('samordna')
    expect(verbOfIngNoun(analyzer.lexicon, 'anpassning')).toBe('anpassa')
    expect(verbOfIngNoun(analyzer.lexicon, 'matchning')).toBe('matcha')
  })

  test('short words, words not in -ing and unknown stems give nothing', () => {
    expect(verbOfIngNoun(analyzer.lexicon, 'ring')).toBeUndefined()
    expect(verbOfIngNoun(analyzer.lexicon, 'kvxzbning')).toBeUndefined()
    expect(verbOfIngNoun(analyzer.lexicon, 'validera')).toBeUndefined()
  })

  test('a noun that names a thing of its own, or whose verb is also a noun, gives nothing', () => {
    expect(verbOfIngNoun(analyzer.lexicon, 'förening')).toBeUndefined()
    expect(verbOfIngNoun(analyzer.lexicon, 'befolkning')).toBeUndefined()
    // *skola* is a verb (to train) but the texts mean the school.
    expect(verbOfIngNoun(analyzer.lexicon, 'skolning')).toBeUndefined()
    // Verbs with no noun of their own still read: *planera*, *utbilda*.
    expect(verbOfIngNoun(analyzer.lexicon, 'planering')).toBe('planera')
    expect(verbOfIngNoun(analyzer.lexicon, 'utbildning')).toBe('utbilda')
  })
})

describe('deriveBaseWords', () => {
  test('a word of the query and the last part of a compound are read as the adjective', () => {
    expect(deriveBaseWords(analyzer.lexicon, analyzer.analyzeQuery('arbetslöshet'))).toEqual([
      { start: 0, end: 1, from: 'arbetslöshet', to: 'arbetslös', source: 'synonym' },
    ])
    expect(
      deriveBaseWords(analyzer.lexicon, analyzer.analyzeQuery('ungdomsarbetslöshet umeå')),
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

  test('an -ing noun is read as its verb', () => {
    expect(deriveBaseWords(analyzer.lexicon, analyzer.analyzeQuery('validering'))).toEqual([
      { start: 0, end: 1, from: 'validering', to: 'validera', source: 'synonym' },
    ])
  })

  test('a base word no text writes is left out', () => {
    const query = analyzer.analyzeQuery('utrustning validering')
    expect(deriveBaseWords(analyzer.lexicon, query).map((e) => e.to)).toEqual([
      'utrusta',
      'validera',
    ])
    const written = (word: string) => word === 'validera'
    expect(deriveBaseWords(analyzer.lexicon, query, new Set(), written)).toEqual([
      { start: 1, end: 2, from: 'validering', to: 'validera', source: 'synonym' },
    ])
  })

  test('phrases, exclusions and other words are left alone', () => {
    const query = analyzer.analyzeQuery('"arbetslöshet bland unga" -validering enhet')
    expect(deriveBaseWords(analyzer.lexicon, query)).toEqual([])
  })
})

describe('the search reads derived nouns as their base word too', () => {
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

  test('färdigheter and myndigheter are not read as *färdig* and *myndig*', () => {
    const skills = search.analyzeQuery('färdigheter')
    expect({ expanded: skills.expanded, rewrites: skills.reading.rewrites }).toEqual({
      expanded: [],
      rewrites: [],
    })
    expect(search.analyzeQuery('samverkan mellan myndigheter').reading.rewrites).toEqual([
      { term: 'samverkan', replacement: 'samarbete', source: 'thesaurus', kind: 'added' },
    ])
  })

  test('validering is also searched as validera', () => {
    expect(search.analyzeQuery('validering').expanded).toEqual(['validera'])
  })

  test('a verbatim search adds nothing', () => {
    expect(search.analyzeQuery('arbetslöshet', { verbatim: true }).expanded).toEqual([])
  })
})

describe('a derived word the index does not hold is neither searched nor shown', () => {
  const indexed = createSwedishSearchAnalyzer(analyzer, {
    vocabulary: () =>
      buildVocabulary([
        ['regering', 3],
        ['validering', 4],
        ['validera', 2],
        ['tillgänglighet', 5],
      ]),
  })

  test('utrustning is not read as *utrusta*, which no sheet writes', () => {
    const { expanded, reading } = indexed.analyzeQuery('utrustning ')
    expect({ expanded, rewrites: reading.rewrites }).toEqual({ expanded: [], rewrites: [] })
  })

  test('validering is still read as *validera*, which the sheets write', () => {
    expect(indexed.analyzeQuery('validering ').reading.rewrites).toEqual([
      { term: 'validering', replacement: 'validera', source: 'synonym', kind: 'added' },
    ])
  })

  test('tillgänglighet is not read as *tillgänglig* where no sheet writes it', () => {
    expect(indexed.analyzeQuery('tillgänglighet ').expanded).toEqual([])
  })
})

describe('derived words stay out of names and of what the table reads', () => {
  test('an -ing noun at the end of a compound is not read as a verb', () => {
    // The table's acronym (AF, whose lemma is `af-`), not the verb *förmedla*.
    expect(search.analyzeQuery('arbetsförmedlingen').expanded).toEqual(['af-'])
  })

  test('a word the expansion table reads gets only the table’s readings', () => {
    expect(search.analyzeQuery('coaching').expanded).toEqual(['coachning', 'coach'])
    expect(
      deriveBaseWords(analyzer.lexicon, analyzer.analyzeQuery('coaching'), new Set([0])),
    ).toEqual([])
  })
})
