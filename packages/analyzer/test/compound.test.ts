import { describe, expect, test } from 'vitest'
import { analyzer } from './_analyzer.js'

const lemmasOf = (word: string) => analyzer.splitCompound(word)?.parts.map((part) => part.lemma)

describe('splitCompound', () => {
  test('arbetsmarknadsfrågor → arbetsmarknad + fråga', () => {
    expect(analyzer.splitCompound('arbetsmarknadsfrågor')).toEqual({
      word: 'arbetsmarknadsfrågor',
      lemma: 'arbetsmarknadsfråga',
      parts: [
        { text: 'arbetsmarknads', start: 0, end: 14, lemma: 'arbetsmarknad' },
        { text: 'frågor', start: 14, end: 20, lemma: 'fråga' },
      ],
      groups: [],
    })
  })

  test('a joining form shares the word it is built on: föräldrastöd → förälder + stöd', () => {
    expect(lemmasOf('föräldrastöd')).toEqual(['förälder', 'stöd'])
    expect(lemmasOf('pojkgrupp')).toEqual(['pojke', 'grupp'])
    // The twins of "stöd till föräldrar" hold *förälder*, so the compound's parts meet them.
    expect(analyzer.analyzeText('stöd till föräldrar')).toContain('förälder')
  })

  test('tillgänglighetsexpert → tillgänglighet + expert', () => {
    expect(lemmasOf('tillgänglighetsexpert')).toEqual(['tillgänglighet', 'expert'])
  })

  test('kompetensförsörjningsfrågorna → kompetensförsörjning + fråga', () => {
    const split = analyzer.splitCompound('kompetensförsörjningsfrågorna')
    expect(split?.parts.map((part) => part.text)).toEqual(['kompetens', 'försörjnings', 'frågorna'])
    expect(split?.parts.map((part) => part.lemma)).toEqual(['kompetens', 'försörjning', 'fråga'])
    // The nested reading: a compound modifier ("kompetensförsörjning") plus the head.
    expect(split?.groups).toEqual(['kompetensförsörjning', 'försörjningsfråga'])
    expect(split?.lemma).toBe('kompetensförsörjningsfråga')
  })

  test('ungdomsarbetslösheten → ungdom + arbetslöshet', () => {
    expect(lemmasOf('ungdomsarbetslösheten')).toEqual(['ungdom', 'arbetslöshet'])
  })

  test('samverkansmodell → samverkan + modell', () => {
    expect(lemmasOf('samverkansmodell')).toEqual(['samverkan', 'modell'])
  })

  test('arbetsförmedlingen is at most arbete + förmedling, never nonsense', () => {
    expect(lemmasOf('arbetsförmedlingen')).toEqual(['arbete', 'förmedling'])
  })

  test('a collapsed triple consonant belongs to both parts', () => {
    // kontroll + lista is written "kontrollista": the middle "l" is shared.
    expect(analyzer.splitCompound('kontrollistorna')?.parts).toEqual([
      { text: 'kontroll', start: 0, end: 8, lemma: 'kontroll' },
      { text: 'listorna', start: 7, end: 15, lemma: 'lista' },
    ])
  })

  test('a triple consonant written out splits as well', () => {
    expect(lemmasOf('glassstrut')).toEqual(['glass', 'strut'])
  })

  test('a base word outside the compounding flags can still be a modifier', () => {
    expect(lemmasOf('intermediärfunktionen')).toEqual(['intermediär', 'funktion'])
  })

  test('known words stay whole when their parts would be short or change the meaning', () => {
    expect(analyzer.splitCompound('samverkan')).toBeUndefined() // not "sam" + "verkan"
    expect(analyzer.splitCompound('plattformarna')).toBeUndefined() // not "platt" + "formarna"
    expect(analyzer.splitCompound('kommunerna')).toBeUndefined()
    expect(analyzer.splitCompound('projektet')).toBeUndefined()
  })

  test('words that are not compounds give undefined', () => {
    expect(analyzer.splitCompound('werderitsch')).toBeUndefined()
    expect(analyzer.splitCompound('')).toBeUndefined()
  })

  test('index terms of a compound include the whole word, its parts and nested compounds', () => {
    expect(analyzer.analyzeWord('kompetensförsörjningsfrågorna').terms).toEqual([
      'kompetensförsörjningsfrågorna',
      'kompetensförsörjningsfråga',
      'kompetens',
      'försörjning',
      'fråga',
      'kompetensförsörjning',
      'försörjningsfråga',
    ])
    expect(analyzer.analyzeWord('samverkansmodell').terms).toEqual([
      'samverkansmodell',
      'samverkan',
      'samverka',
      'modell',
    ])
  })
})

test('very long words are not split, and analysing them does not overflow the stack', () => {
  const long = 'projekt'.repeat(3000)
  expect(analyzer.splitCompound(long)).toBeUndefined()
  expect(analyzer.analyzeWord(long).terms[0]).toBe(long)
  // Just under the bound, a long chain of parts still splits.
  expect(analyzer.splitCompound('projekt'.repeat(9))?.parts).toHaveLength(9)
})

describe('splitCompound keeps unrelated words out of the parts', () => {
  test('the negating "o-" does not begin a head after a combining form ending in "o"', () => {
    // psyko|social, not psyk|osocial ("antisocial"); krono|logisk, not kron|ologisk.
    expect(analyzer.splitCompound('psykosocialt')).toBeUndefined()
    expect(analyzer.analyzeWord('psykosocialt').terms).toEqual(['psykosocialt', 'psykosocial'])
    expect(analyzer.splitCompound('kronologisk')).toBeUndefined()
    expect(analyzer.splitCompound('audiologisk')).toBeUndefined()
  })

  test('an o-word head stays where the modifier is no combining form', () => {
    expect(lemmasOf('trafikolycka')).toEqual(['trafik', 'olycka'])
    expect(lemmasOf('arbetsoförmögen')).toEqual(['arbete', 'oförmögen'])
    expect(lemmasOf('fleromättad')).toEqual(['flera', 'omättad'])
  })

  test('a combining form is its own lemma, not the word the dictionary derives it from', () => {
    expect(lemmasOf('multiprofessionellt')).toEqual(['multi', 'professionell'])
    expect(analyzer.analyzeWord('multikulturell').terms).not.toContain('multum')
    // "fick" in "fickkniv" is the pocket, not the past tense of "få".
    expect(lemmasOf('fickkniv')).toEqual(['fick', 'kniv'])
  })

  test('a modifier with a linking "s" is the noun, not a verb of the same stem', () => {
    expect(lemmasOf('ansvarsområden')).toEqual(['ansvar', 'område'])
    expect(lemmasOf('företagsbesök')).toEqual(['företag', 'besök'])
    expect(lemmasOf('uppehållstillstånd')).toEqual(['uppehåll', 'tillstånd'])
  })

  test('compound forms the dictionary derives from the wrong word read as their own', () => {
    // data/lemma-overrides.txt: "löne" is no form of the verb "löna", "riks" none of "rik".
    expect(lemmasOf('lönestöd')).toEqual(['lön', 'stöd'])
    expect(lemmasOf('riksförbund')).toEqual(['rike', 'förbund'])
    expect(lemmasOf('väntetider')).toEqual(['vänta', 'tid'])
    expect(lemmasOf('idrottsföreningar')).toEqual(['idrott', 'förening'])
    expect(lemmasOf('tankebanor')).toEqual(['tanke', 'bana'])
    expect(analyzer.lemmatize('tankarna')).toBe('tanke')
  })

  test('linking forms that swap or add an ending keep their base form', () => {
    expect(lemmasOf('kvinnoyrken')).toEqual(['kvinna', 'yrke'])
    expect(lemmasOf('gymnasieskolan')).toEqual(['gymnasium', 'skola'])
    expect(lemmasOf('kägelbana')).toEqual(['kägla', 'bana'])
    expect(lemmasOf('massarbetslöshet')).toEqual(['masa', 'arbetslöshet'])
  })
})
