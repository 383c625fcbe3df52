import { describe, expect, test } from 'vitest'
import { highlightSnippet, prepareSnippetQuery } from '../src/highlight/snippet.js'
import { analyzer } from './_analyzer.js'

const snippet = (text: string, q: string) =>
  highlightSnippet(analyzer, text, prepareSnippetQuery(analyzer.analyzeQuery(q)))

describe('prepareSnippetQuery', () => {
  test('needles: stems of words, lemmas and parts; a phrase by its longest word; no exclusions', () => {
    expect(prepareSnippetQuery(analyzer.analyzeQuery('frågorna')).needles.list).toEqual([
      'frågor',
      'frå',
    ])
    expect(
      prepareSnippetQuery(analyzer.analyzeQuery('"psykisk ohälsa" -covid tillgänglighetsexpert'))
        .needles.list,
    ).toEqual(['psyki', 'tillgänglighetsexpe', 'tillgängligh', 'expe'])
  })
})

describe('highlightSnippet', () => {
  test('marks inflections and compound parts in a short text', () => {
    expect(snippet('Tre kommuner och en tillgänglighetsexpert deltar.', 'kommun expert')).toBe(
      'Tre <mark>kommuner</mark> och en <mark>tillgänglighetsexpert</mark> deltar.',
    )
  })

  test('null when nothing matches, or the query has only exclusions', () => {
    expect(snippet('Tre kommuner deltar.', 'region')).toBeNull()
    expect(snippet('Tre kommuner deltar.', '-kommun')).toBeNull()
  })

  test('a long text: a window around the first real match, with ellipses', () => {
    const filler = 'Projektet arbetar med metoder för samverkan mellan parterna. '.repeat(20)
    const text = `${filler}Här deltar tre kommuner i arbetet. ${filler}`
    expect(snippet(text, 'kommunerna')).toBe(
      '… samverkan mellan parterna. Projektet arbetar med metoder för samverkan mellan parterna. Här deltar tre <mark>kommuner</mark> i arbetet. Projektet arbetar med metoder för samverkan mellan parterna. Projektet arbetar med metoder för …',
    )
  })
})
