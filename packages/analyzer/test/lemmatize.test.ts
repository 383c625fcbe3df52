import { describe, expect, test } from 'vitest'
import { snowballStem } from '../src/snowball.js'
import { analyzer } from './_analyzer.js'

describe('lemmatize', () => {
  test.each([
    ['projekt', 'projekt'],
    ['projektet', 'projekt'],
    ['arbetsmarknad', 'arbetsmarknad'],
    ['arbetsmarknaden', 'arbetsmarknad'],
    ['insats', 'insats'],
    ['insatser', 'insats'],
    ['stöd', 'stöd'],
    ['stödet', 'stöd'],
    ['fråga', 'fråga'],
    ['frågan', 'fråga'],
    ['frågor', 'fråga'],
    ['kommun', 'kommun'],
    ['kommuner', 'kommun'],
    ['kommunerna', 'kommun'],
    // Agent nouns keep their own lemma; their verbs keep theirs.
    ['samordnarna', 'samordnare'],
    ['lärare', 'lärare'],
    ['samordnar', 'samordna'],
    ['lära', 'lära'],
    // A comparative is no agent noun.
    ['snabbare', 'snabb'],
    // Adjectives in -isk keep their own lemma, not the noun they are derived from.
    ['praktiska', 'praktisk'],
    ['ekonomiskt', 'ekonomisk'],
    ['statiska', 'statisk'],
    ['maniskt', 'manisk'],
    ['prakt', 'prakt'],
    ['ekonom', 'ekonom'],
    // Nor do words that only end like one move.
    ['psykisk', 'psykisk'],
    ['fisk', 'fisk'],
    ['fiske', 'fiske'],
  ])('%s → %s', (word, lemma) => {
    expect(analyzer.lemmatize(word)).toBe(lemma)
  })

  test('Snowball alone gets these wrong, which is why the lexicon comes first', () => {
    expect(['projekt', 'projektet'].map(snowballStem)).toEqual(['projek', 'projektet'])
    expect(['insats', 'insatser'].map(snowballStem)).toEqual(['insat', 'insats'])
    expect(['stöd', 'stödet'].map(snowballStem)).toEqual(['stöd', 'stödet'])
    expect(['fråga', 'frågan', 'frågor'].map(snowballStem)).toEqual(['fråg', 'frågan', 'fråg'])
    expect(['arbetsmarknad', 'arbetsmarknaden'].map(snowballStem)).toEqual([
      'arbetsmarkn',
      'arbetsmarknad',
    ])
  })

  test('normalises case and composition before looking up', () => {
    expect(analyzer.lemmatize('KOMMUNERNA')).toBe('kommun')
    expect(analyzer.lemmatize('Fra\u030Agorna')).toBe('fråga')
  })

  test('a form that is itself a headword keeps itself as lemma', () => {
    // "bad" (bath) is a headword and also the past tense of "be"; the headword wins.
    expect(analyzer.lemmatize('bad')).toBe('bad')
  })

  test('an unknown compound gets its head lemmatised', () => {
    expect(analyzer.analyzeWord('arbetsmarknadsfrågorna')).toMatchObject({
      lemma: 'arbetsmarknadsfråga',
      lemmaSource: 'compound',
    })
  })

  test('an unknown simple word falls back to Snowball', () => {
    expect(analyzer.analyzeWord('zxqvorna')).toMatchObject({
      lemma: snowballStem('zxqvorna'),
      lemmaSource: 'stemmer',
    })
  })

  test('numbers are kept verbatim', () => {
    expect(analyzer.analyzeWord('2020')).toMatchObject({ lemma: '2020', lemmaSource: 'verbatim' })
  })
})
