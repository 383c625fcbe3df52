import { describe, expect, test } from 'vitest'
import { loadAnalyzer } from '../src/swedish-analyzer.js'

const { search, analyzeText } = await loadAnalyzer()
const queryOf = (q: string) => {
  const { raw, analysed, spelledOut, hasPositiveTerms } = search.analyzeQuery(q)
  return { raw, analysed, hasPositiveTerms, ...(spelledOut === undefined ? {} : { spelledOut }) }
}

describe('the Swedish query analysis', () => {
  test.each([
    ['kommunerna', { raw: 'kommunerna', analysed: 'kommun', hasPositiveTerms: true }],
    ['frågorna', { raw: 'frågorna', analysed: 'fråga', hasPositiveTerms: true }],
    // A one-word compound is searched as itself, then spelled out as its parts.
    [
      'omsorgspersonal',
      {
        raw: 'omsorgspersonal',
        analysed: 'omsorgspersonal',
        spelledOut: 'omsorg personal',
        hasPositiveTerms: true,
      },
    ],
    // In a query of several words, a compound is its parts: the twins of the compound hold them.
    [
      'omsorgspersonal unga',
      {
        raw: 'omsorgspersonal unga',
        analysed: 'omsorg personal unga',
        hasPositiveTerms: true,
      },
    ],
    // Phrases first, then words, then exclusions; exclusions also as lemmas in the twin query.
    [
      'unga "psykisk ohälsa" -kommunerna',
      {
        raw: '"psykisk ohälsa" unga -kommunerna',
        analysed: '"psykisk ohälsa" unga -kommunerna -kommun',
        hasPositiveTerms: true,
      },
    ],
    ['-expert', { raw: '-expert', analysed: '', hasPositiveTerms: false }],
    [
      '"personer med funktionsnedsättning"',
      { raw: '"personer med funktionsnedsättning"', analysed: '', hasPositiveTerms: true },
    ],
    // Only stop words: searched as typed rather than turned into "browse everything".
    ['och', { raw: 'och', analysed: '', hasPositiveTerms: true }],
    ['', { raw: '', analysed: '', hasPositiveTerms: false }],
  ])('%j', (q, expected) => {
    expect(queryOf(q)).toEqual(expected)
  })
})

describe('snippets', () => {
  const text =
    'När det gäller tillgänglighet. I budget har avsatts medel för medverkan av tillgänglighetsexpert som kan ge stöd <b>.'

  test('compound parts and inflections are marked, the rest escaped', () => {
    expect(search.highlight(text, search.analyzeQuery('expert'))).toBe(
      'När det gäller tillgänglighet. I budget har avsatts medel för medverkan av <mark>tillgänglighetsexpert</mark> som kan ge stöd &lt;b&gt;.',
    )
    expect(search.highlight('Tre kommuner deltar.', search.analyzeQuery('kommun'))).toBe(
      'Tre <mark>kommuner</mark> deltar.',
    )
  })

  test('long texts are cropped around the match', () => {
    const long = `${'Ord '.repeat(200)}en tillgänglighetsexpert här ${'slut '.repeat(200)}`
    const snippet = search.highlight(long, search.analyzeQuery('expert')) ?? ''
    expect(snippet).toContain('<mark>tillgänglighetsexpert</mark>')
    expect(snippet.length).toBeLessThan(300)
  })

  test('no match, no snippet; excluded words are not marked', () => {
    expect(search.highlight(text, search.analyzeQuery('arbetsförmedlingen'))).toBeNull()
    expect(search.highlight(text, search.analyzeQuery('budget -medverkan'))).not.toContain(
      '<mark>medverkan</mark>',
    )
  })
})

test('the indexer gets analysed terms joined by spaces', () => {
  expect(analyzeText('Tre kommuner samverkar')).toBe('tre kommuner kommun samverkar samverka')
})
