import { expect, test } from 'vitest'
import { highlightSnippet, prepareSnippetQuery } from '../src/highlight/snippet.js'
import { toTermsQuery } from '../src/query/analyze-query.js'
import { analyzer } from './_analyzer.js'

// The values shown in README.md's example.
test('the README example gives what the README says', () => {
  expect(analyzer.analyzeText('Kommunerna driver projektet om arbetsmarknadsfrågor.')).toEqual([
    'kommunerna',
    'kommun',
    'driver',
    'projektet',
    'projekt',
    'arbetsmarknadsfrågor',
    'arbetsmarknadsfråga',
    'arbetsmarknad',
    'arbete',
    'marknad',
    'fråga',
  ])
  const query = analyzer.analyzeQuery('"psykisk ohälsa" -covid kommuner')
  expect(toTermsQuery(query)).toBe('kommun')
  expect(query.terms.map((t) => [t.text, t.phrase, t.exclude])).toEqual([
    ['psykisk ohälsa', true, false],
    ['covid', false, true],
    ['kommuner', false, false],
  ])
  expect(
    analyzer.highlight('Tre kommuner och <b>kommunen</b> samverkar.', query, { crop: 30 }),
  ).toEqual(['Tre <mark>kommuner</mark> och &lt;b&gt;<mark>kommunen</mark>&lt;/b&gt; samverkar.'])
})

test('the README snippet example gives what the README says', () => {
  const prepared = prepareSnippetQuery(analyzer.analyzeQuery('kommun expert'))
  expect(
    highlightSnippet(analyzer, 'Tre kommuner och en tillgänglighetsexpert deltar.', prepared),
  ).toBe('Tre <mark>kommuner</mark> och en <mark>tillgänglighetsexpert</mark> deltar.')
  expect(highlightSnippet(analyzer, 'Tre regioner deltar.', prepared)).toBeNull()
})
