import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { describe, expect, it } from 'vitest'
import { createSynonymExpansion } from '../src/_synonym-expansion.js'
import { SYNONYM_GROUPS } from '../src/index-settings.js'

describe('createSynonymExpansion', () => {
  const analyzer = loadSwedishAnalyzer()
  const expand = createSynonymExpansion(SYNONYM_GROUPS, analyzer)
  const analyse = (text: string) => expand(text, analyzer.analyzeText(text).join(' ')).split(' ')

  it('adds the other terms of a group, in the analysed query form', () => {
    expect(analyse('Personer med funktionsnedsättning')).toEqual(
      expect.arrayContaining(['funktionsnedsättning', 'funktionshinder']),
    )
    expect(analyse('unga med funktionshinder')).toContain('funktionsnedsättning')
    expect(analyse('Arbetsförmedlingen i Umeå')).toEqual(
      expect.arrayContaining(['arbetsförmedling', 'af-']),
    )
  })

  it('needs a multi-word term as a phrase, not as scattered words', () => {
    expect(analyse('Sveriges Kommuner och Regioner deltar')).toContain('skr')
    expect(analyse('Sveriges kommuner\noch regioner')).toContain('skr')
    expect(analyse('kommuner och regioner i Sverige')).not.toContain('skr')
    expect(analyse('UNGA SOM VARKEN ARBETAR ELLER STUDERAR')).toContain('neet')
  })

  it('needs the phrase as whole words at both ends', () => {
    expect(analyse('Kurser i svenska för invandrare')).toContain('sfi')
    expect(analyse('Kurser i svenska för invandrarekurser')).not.toContain('sfi')
    expect(analyse('Riksvenska för invandrare')).not.toContain('sfi')
    expect(analyse('Svenska ESF-rådet beslutar')).toContain('esf-rådet')
  })

  it('leaves texts without any synonym as they were', () => {
    const text = 'Projektet riktar sig till unga i Västerbotten'
    const analysed = analyzer.analyzeText(text).join(' ')
    expect(expand(text, analysed)).toBe(analysed)
    expect(expand('', '')).toBe('')
  })

  it('adds each term once', () => {
    const terms = analyse('AF och Arbetsförmedlingen, AF igen')
    expect(terms.length).toBe(new Set(terms).size)
  })
})
