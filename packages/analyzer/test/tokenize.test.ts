import { describe, expect, test } from 'vitest'
import { tokenize } from '../src/tokenize.js'

const texts = (input: string) => tokenize(input).map((token) => token.text)

describe('tokenize', () => {
  test('lower-cases with offsets into the original text', () => {
    expect(tokenize('Stora Kommuner')).toEqual([
      { text: 'stora', start: 0, end: 5, numeric: false, parts: [] },
      { text: 'kommuner', start: 6, end: 14, numeric: false, parts: [] },
    ])
  })

  test('keeps a hyphenated word whole and gives its pieces', () => {
    expect(tokenize('ESF-rådet beslutar')).toEqual([
      {
        text: 'esf-rådet',
        start: 0,
        end: 9,
        numeric: false,
        parts: [
          { text: 'esf', start: 0, end: 3 },
          { text: 'rådet', start: 4, end: 9 },
        ],
      },
      { text: 'beslutar', start: 10, end: 18, numeric: false, parts: [] },
    ])
  })

  test('keeps "55+" and splits a year range into its years', () => {
    expect(tokenize('Deltagare 55+ under 2014–2020.')).toEqual([
      { text: 'deltagare', start: 0, end: 9, numeric: false, parts: [] },
      { text: '55+', start: 10, end: 13, numeric: true, parts: [] },
      { text: 'under', start: 14, end: 19, numeric: false, parts: [] },
      {
        text: '2014–2020',
        start: 20,
        end: 29,
        numeric: true,
        parts: [
          { text: '2014', start: 20, end: 24 },
          { text: '2020', start: 25, end: 29 },
        ],
      },
    ])
  })

  test('a plus sign inside a word is not kept', () => {
    expect(texts('C++ och 3+4')).toEqual(['c', 'och', '3', '4'])
  })

  test('keeps decimals and dates together', () => {
    expect(texts('1,5 miljoner den 2014-04-01')).toEqual(['1,5', 'miljoner', 'den', '2014-04-01'])
  })

  test('keeps a colon ending ("ESF:s") and drops one-letter pieces', () => {
    expect(tokenize('ESF:s mål')[0]).toEqual({
      text: 'esf:s',
      start: 0,
      end: 5,
      numeric: false,
      parts: [{ text: 'esf', start: 0, end: 3 }],
    })
    expect(texts('Rubrik:Bakgrund')).toEqual(['rubrik', 'bakgrund'])
  })

  test('an en dash between words separates them', () => {
    expect(texts('Umeå–Luleå')).toEqual(['umeå', 'luleå'])
  })

  test('composes decomposed letters (NFC) but reports original offsets', () => {
    const decomposed = 'Ma\u0308lardalen och a\u030Angest'
    expect(tokenize(decomposed)).toEqual([
      { text: 'mälardalen', start: 0, end: 11, numeric: false, parts: [] },
      { text: 'och', start: 12, end: 15, numeric: false, parts: [] },
      { text: 'ångest', start: 16, end: 23, numeric: false, parts: [] },
    ])
  })

  test('drops soft hyphens from the text of a word', () => {
    expect(tokenize('kontakt\u00adperson')).toEqual([
      { text: 'kontaktperson', start: 0, end: 14, numeric: false, parts: [] },
    ])
  })

  test('skips lone surrogates and keeps letters outside the BMP', () => {
    expect(texts('a\ud800b \udc00 𝐀bc')).toEqual(['a', 'b', '𝐀bc'])
  })

  test('returns nothing for text without words', () => {
    expect(tokenize(' – , . !? ')).toEqual([])
  })
})

test('a run of letters and digits also gives its stretches', () => {
  expect(tokenize('Covid19 och A4')).toEqual([
    {
      text: 'covid19',
      start: 0,
      end: 7,
      numeric: false,
      parts: [
        { text: 'covid', start: 0, end: 5 },
        { text: '19', start: 5, end: 7 },
      ],
    },
    { text: 'och', start: 8, end: 11, numeric: false, parts: [] },
    { text: 'a4', start: 12, end: 14, numeric: false, parts: [] },
  ])
  expect(tokenize('Projektperiod2014-04-01')[0]?.parts.map((part) => part.text)).toEqual([
    'projektperiod2014',
    'projektperiod',
    '2014',
    '04',
    '01',
  ])
})
