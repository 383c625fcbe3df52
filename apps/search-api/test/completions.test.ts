import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { describe, expect, test } from 'vitest'
import { buildVocabulary } from '../src/query-reading/vocabulary.js'
import { createSwedishSearchAnalyzer } from '../src/swedish-analyzer.js'

const analyzer = loadSwedishAnalyzer()

/**
 * Six projects' texts, analysed as the indexer analyses them for the twins; the vocabulary
 * holds each word with the number of projects whose twins hold it, as the indexer writes it.
 */
const PROJECT_TEXTS = [
  'Unga som saknar arbete får stöd av Arbetsförmedlingen i Örebro. Arbetsförmedlingen och kommunen samverkar.',
  'Projektet kartlägger arbetsförmågan hos sjukskrivna i Örebro län. Arbetsförmedlingen deltar.',
  'Försörjningsstöd och arbetsmarknadsinsatser i Örnsköldsvik; deltagarna ska samhandla med handläggarna.',
  'Arbetsförmedlingens kontor i Umeå prövar supported employment och individuellt stöd.',
  'Inlandskom-munerna samarbetar om arbetsmarknaden sedan 2019.',
  'Kommunerna och kommunförbundet ordnar praktik för unga som saknar gymnasieexamen.',
]

function vocabularyOf(texts: readonly string[]) {
  const counts = new Map<string, number>()
  for (const text of texts) {
    for (const word of new Set(analyzer.analyzeText(text))) {
      counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  }
  return buildVocabulary(counts)
}

const vocabulary = vocabularyOf(PROJECT_TEXTS)
const search = createSwedishSearchAnalyzer(analyzer, { vocabulary: () => vocabulary })
const complete = (q: string, limit = 8) => search.complete?.(q, limit) ?? []
const words = (q: string, limit = 8) => complete(q, limit).map((c) => c.word)

describe('the last word is completed from the index, the place names and the table', () => {
  test('arbetsf: the form the texts write, with the projects that hold it', () => {
    // Two projects write "Arbetsförmedlingen"; a third only "Arbetsförmedlingens" (one form
    // of one word is offered, the one most projects write).
    expect(complete('arbetsf')).toEqual([
      {
        word: 'arbetsförmedlingen',
        query: 'arbetsförmedlingen',
        count: 2,
        source: 'expansion',
      },
      { word: 'arbetsförmågan', query: 'arbetsförmågan', count: 1, source: 'index' },
    ])
  })

  test('unga arbetsf: the words before the last stay as typed', () => {
    expect(complete('Unga  arbetsf').map((c) => c.query)).toEqual([
      'Unga  arbetsförmedlingen',
      'Unga  arbetsförmågan',
    ])
  })

  test('orebr: typed without å/ä/ö, the beginning is respelled; a place keeps its capital', () => {
    expect(complete('orebr')).toEqual([
      { word: 'Örebro', query: 'Örebro', count: 2, source: 'place' },
    ])
    expect(words('ornsk')).toEqual(['Örnsköldsvik'])
    expect(words('forsorj')).toEqual(['försörjningsstöd', 'försörjning'])
  })

  test('NEE: a key of the expansion table no text writes, in the case it was typed', () => {
    expect(complete('NEE')).toEqual([
      { word: 'NEET', query: 'NEET', count: 0, source: 'expansion' },
    ])
    expect(words('nee')).toEqual(['neet'])
  })

  test('suppor: a key of several words, completed whole, and once', () => {
    expect(words('suppor')).toEqual(['supported', 'supported employment'])
    expect(complete('supported empl').map((c) => c.query)).toEqual([
      'supported employment',
      'supported employability',
    ])
  })

  test('the written form before a lemma no text may write, and no form of the typed word', () => {
    expect(words('sakn')).toEqual(['saknar'])
    // Table keys are offered too: komvux and, from the expansion table, kompetenshöjning.
    expect(words('kom')).toEqual([
      'kommunen',
      'kommunförbundet',
      'komvux',
      'kompetenshöjning',
      'kommunal vuxenutbildning',
      'kommunala aktivitetsansvaret',
    ])
    expect(words('kommun')).toEqual([
      'kommunförbundet',
      'kommunal vuxenutbildning',
      'kommunala aktivitetsansvaret',
    ])
    expect(words('Kom', 2)).toEqual(['Kommunen', 'Kommunförbundet'])
  })

  test('no fragment: a Snowball stem or a piece of a hyphenated word is no completion', () => {
    // "samhandla" is unknown to the lexicon; its stem "samhandl" is in the vocabulary too.
    expect(vocabulary.has('samhandl')).toBe(true)
    expect(words('samh')).toEqual(['samhandla'])
    expect(vocabulary.has('munerna')).toBe(true)
    expect(words('mune')).toEqual([])
    expect(words('inlandskom')).toEqual(['inlandskom-munerna'])
  })
})

describe('nothing to complete: an empty list', () => {
  test.each([
    ['a', 'fewer than 3 letters'],
    ['ar', 'fewer than 3 letters'],
    ['"för un', 'a phrase being typed'],
    ['-arbe', 'an exclusion being typed'],
    ['unga -arbe', 'an exclusion being typed'],
    ['2019', 'a number'],
    ['arbetsf ', 'a space after the word'],
    ['"arbetsf"', 'a closed phrase'],
    ['', 'nothing typed'],
  ])('%j: %s', (q) => {
    expect(complete(q)).toEqual([])
  })
})
