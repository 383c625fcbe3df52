import { describe, expect, test } from 'vitest'
import { analyzer } from './_analyzer.js'

describe('analyzeText', () => {
  test('gives surface forms, lemmas and compound parts, without stop words or repeats', () => {
    expect(
      analyzer.analyzeText('Kommunerna och kommunen driver projektet om arbetsmarknadsfrågor.'),
    ).toEqual([
      'kommunerna',
      'kommun',
      'kommunen',
      'driver', // a headword of its own (a golf club, a device driver), so it stays
      'projektet',
      'projekt',
      'arbetsmarknadsfrågor',
      'arbetsmarknadsfråga',
      'arbetsmarknad',
      'arbete',
      'marknad',
      'fråga',
    ])
  })

  test('hyphenated words, numbers and ranges', () => {
    expect(analyzer.analyzeText('ESF-rådet beviljar 55+ under 2014–2020')).toEqual([
      'esf-rådet',
      'esf-råd',
      'esf',
      'rådet',
      'råd',
      'beviljar',
      'bevilja',
      '55+',
      '2014–2020',
      '2014',
      '2020',
    ])
  })

  test('analyzeTokens keeps offsets for every token, stop words included', () => {
    expect(
      analyzer
        .analyzeTokens('Stöd och frågor')
        .map(({ token, lemma, stopword }) => [token.start, token.end, lemma, stopword]),
    ).toEqual([
      [0, 4, 'stöd', false],
      [5, 8, 'och', true],
      [9, 15, 'fråga', false],
    ])
  })

  test('empty and word-less text give no terms', () => {
    expect(analyzer.analyzeText('')).toEqual([])
    expect(analyzer.analyzeText(' … – ')).toEqual([])
  })
})
