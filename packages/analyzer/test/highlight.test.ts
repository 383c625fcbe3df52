import { describe, expect, test } from 'vitest'
import { escapeHtml } from '../src/highlight/escape-html.js'
import { analyzer } from './_analyzer.js'

describe('highlight', () => {
  test('marks every word whose analysis meets the query', () => {
    expect(analyzer.highlight('En kommun, tre kommuner och alla kommunerna.', 'kommuner')).toEqual([
      'En <mark>kommun</mark>, tre <mark>kommuner</mark> och alla <mark>kommunerna</mark>.',
    ])
  })

  test('marks compounds through their parts', () => {
    expect(
      analyzer.highlight(
        'Vi anställde en tillgänglighetsexpert för arbetsmarknadsfrågor.',
        'expert frågor',
      ),
    ).toEqual([
      'Vi anställde en <mark>tillgänglighetsexpert</mark> för <mark>arbetsmarknadsfrågor</mark>.',
    ])
  })

  test('marks a phrase as one stretch, lemmas allowed', () => {
    expect(
      analyzer.highlight('Den psykiska ohälsan ökar; ohälsa är psykisk.', '"psykisk ohälsa"'),
    ).toEqual(['Den <mark>psykiska ohälsan</mark> ökar; ohälsa är psykisk.'])
  })

  test('never marks excluded terms', () => {
    expect(analyzer.highlight('Covid och stöd', 'stöd -covid')).toEqual([
      'Covid och <mark>stöd</mark>',
    ])
  })

  test('escapes hostile text and adds nothing but <mark>', () => {
    const hostile = `<script>alert("stöd")</script> & 'stöd' <img src=x onerror="stöd">`
    expect(analyzer.highlight(hostile, 'stöd')).toEqual([
      '&lt;script&gt;alert(&quot;<mark>stöd</mark>&quot;)&lt;/script&gt; &amp; &#39;<mark>stöd</mark>&#39; &lt;img src=x onerror=&quot;<mark>stöd</mark>&quot;&gt;',
    ])
  })

  test('crops to the window with the most distinct terms, with an ellipsis where cut', () => {
    const text =
      'Inledning om projektet. Här står ingenting av värde alls. Sedan kommer ett stycke där kommunerna och regionen samverkar kring kompetens. Till sist en avslutning.'
    expect(analyzer.highlight(text, 'kommun region kompetens', { crop: 8 })).toEqual([
      '… där <mark>kommunerna</mark> och <mark>regionen</mark> samverkar kring <mark>kompetens</mark>. Till …',
    ])
  })

  test('several snippets come back in text order', () => {
    const text = 'Stöd i början. Ett två tre fyra fem sex sju åtta nio tio. Projekt på slutet.'
    expect(analyzer.highlight(text, 'stöd projekt', { crop: 3, maxSnippets: 2 })).toEqual([
      '<mark>Stöd</mark> i början. …',
      '… tio. <mark>Projekt</mark> på …',
    ])
  })

  test('without matches a cropped highlight shows the opening', () => {
    expect(analyzer.highlight('Ett två tre fyra fem', 'zebra', { crop: 2 })).toEqual(['Ett två …'])
  })

  test('findMatches gives ranges and the index of the term that matched', () => {
    const text = 'Stöd och kommunerna.'
    expect(analyzer.findMatches(text, 'kommun stöd')).toEqual([
      { start: 0, end: 4, term: 1 },
      { start: 9, end: 19, term: 0 },
    ])
  })

  test('escapeHtml escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    )
  })
})
