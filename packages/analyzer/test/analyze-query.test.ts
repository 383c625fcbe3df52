import { describe, expect, test } from 'vitest'
import { toTermsQuery } from '../src/query/analyze-query.js'
import { analyzer } from './_analyzer.js'

describe('analyzeQuery', () => {
  test('keeps quoted phrases, exclusions and lemmas', () => {
    expect(analyzer.analyzeQuery('"psykisk ohälsa" -covid kommunerna')).toEqual({
      query: '"psykisk ohälsa" -covid kommunerna',
      terms: [
        {
          text: 'psykisk ohälsa',
          words: ['psykisk', 'ohälsa'],
          lemmas: ['psykisk', 'ohälsa'],
          parts: [],
          exclude: false,
          phrase: true,
        },
        {
          text: 'covid',
          words: ['covid'],
          lemmas: ['covid'],
          parts: [],
          exclude: true,
          phrase: false,
        },
        {
          text: 'kommunerna',
          words: ['kommunerna'],
          lemmas: ['kommun'],
          parts: [],
          exclude: false,
          phrase: false,
        },
      ],
    })
  })

  test('gives compound parts and hyphen pieces', () => {
    const [compound, hyphenated] = analyzer.analyzeQuery('Arbetsmarknadsfrågor ESF-rådet').terms
    expect(compound).toMatchObject({
      text: 'arbetsmarknadsfrågor',
      lemmas: ['arbetsmarknadsfråga'],
      parts: ['arbetsmarknad', 'fråga'],
    })
    expect(hyphenated).toMatchObject({
      text: 'esf-rådet',
      lemmas: ['esf-råd'],
      parts: ['esf', 'råd'],
    })
  })

  test('drops stop words outside phrases but keeps them inside', () => {
    expect(analyzer.analyzeQuery('stöd till "vård och omsorg"').terms.map((t) => t.text)).toEqual([
      'stöd',
      'vård och omsorg',
    ])
  })

  test('an excluded phrase, typographic quotes and an unclosed quote', () => {
    expect(
      analyzer
        .analyzeQuery('-"långtidsarbetslösa unga" “psykisk hälsa” "öppen')
        .terms.map((t) => [t.text, t.phrase, t.exclude]),
    ).toEqual([
      ['långtidsarbetslösa unga', true, true],
      ['psykisk hälsa', true, false],
      ['öppen', true, false],
    ])
  })

  test('a minus inside a word is a hyphen, a lone minus is ignored', () => {
    expect(
      analyzer.analyzeQuery('e-tjänster - stöd').terms.map((t) => [t.text, t.exclude]),
    ).toEqual([
      ['e-tjänster', false],
      ['stöd', false],
    ])
  })

  test('toTermsQuery renders the searchable lemmas for the svTerms field', () => {
    expect(
      toTermsQuery(analyzer.analyzeQuery('"psykisk ohälsa" -covid kommunerna frågor kommuner')),
    ).toBe('kommun fråga')
    expect(toTermsQuery(analyzer.analyzeQuery(''))).toBe('')
  })
})
