import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  attachment,
  downloadFilename,
  downloadSlug,
  MAX_SLUG_LENGTH,
  namedQuery,
  slugify,
} from '../src/download-filename.js'

const DAY = new Date('2026-12-03T21:30:00Z')

describe('slugify', () => {
  test('folds å, ä, ö and other Latin letters to ASCII, lower case', () => {
    expect(slugify('Örebro')).toBe('orebro')
    expect(slugify('Gävle Åre')).toBe('gavle-are')
    expect(slugify('Ørnsköldsvik Æbeltoft Straße')).toBe('ornskoldsvik-aebeltoft-strasse')
    expect(slugify('Café Lindé')).toBe('cafe-linde')
  })

  test('anything but letters and digits separates words, never leading or doubled', () => {
    expect(slugify('"för unga"')).toBe('for-unga')
    expect(slugify('../../etc/passwd')).toBe('etc-passwd')
    expect(slugify('2007–2013: 2 Ökat arbetskraftsutbud')).toBe(
      '2007-2013-2-okat-arbetskraftsutbud',
    )
    expect(slugify('Москва')).toBe('')
  })

  test('never gives anything but a-z, 0-9 and single inner hyphens', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(slugify(text)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/u)
      }),
    )
  })
})

describe('downloadSlug', () => {
  test('the query, then the filter values in the facet order, then the ranges', () => {
    expect(downloadSlug({ q: 'Örebro' })).toBe('orebro')
    expect(
      downloadSlug({ q: 'unga', municipality: ['Örebro'], region: ['Östra Mellansverige'] }),
    ).toBe('unga-ostra-mellansverige-orebro')
    expect(downloadSlug({ year: [2019, 2020], grantMin: 1_000_000 })).toBe(
      '2019-2020-bidrag-fran-1000000',
    )
    expect(
      downloadSlug({ budgetMax: 500_000, startFrom: '2019-01-01', startTo: '2020-12-31' }),
    ).toBe('budget-till-500000-start-2019-01-01-2020-12-31')
  })

  test('an excluded word reads utan, a phrase loses its quotes', () => {
    expect(downloadSlug({ q: '"för unga" -covid' })).toBe('for-unga-utan-covid')
  })

  test('neither a query nor a filter: alla', () => {
    expect(downloadSlug({})).toBe('alla')
    expect(downloadSlug({ q: '  ' })).toBe('alla')
    expect(downloadSlug({ q: '"" -' })).toBe('alla')
  })

  test(`at most ${MAX_SLUG_LENGTH} characters, cut between words`, () => {
    const slug = downloadSlug({
      q: 'arbetsmarknadsintegration',
      programArea: ['2007–2013: 2 Ökat arbetskraftsutbud'],
      owner: ['Arbetsförmedlingen Kultur Media'],
    })
    expect(slug).toBe('arbetsmarknadsintegration-2007-2013-2-okat-arbetskraftsutbud')
    expect(slug).toHaveLength(MAX_SLUG_LENGTH)
    expect(downloadSlug({ q: 'a'.repeat(80) })).toBe('a'.repeat(MAX_SLUG_LENGTH))
  })
})

describe('downloadFilename', () => {
  test('names the search, the kind and the UTC date', () => {
    expect(downloadFilename({ params: { q: 'Örebro' }, extension: 'csv', date: DAY })).toBe(
      'projektbank-orebro-2026-12-03.csv',
    )
    expect(downloadFilename({ params: {}, extension: 'xlsx', date: DAY })).toBe(
      'projektbank-alla-2026-12-03.xlsx',
    )
    expect(
      downloadFilename({
        kind: 'stats-programArea',
        params: { county: ['Västerbottens län'] },
        extension: 'xlsx',
        date: DAY,
      }),
    ).toBe('projektbank-stats-programarea-vasterbottens-lan-2026-12-03.xlsx')
  })
})

describe('a download of a looser search', () => {
  const looser = (term: string, ...pieces: string[]) => ({
    searched: term,
    rewrites: [
      {
        term,
        replacement: term.toLowerCase(),
        source: 'diacritics' as const,
        kind: 'replaced' as const,
      },
      ...pieces.map((replacement) => ({
        term,
        replacement,
        source: 'looser' as const,
        kind: 'replaced' as const,
      })),
    ],
  })

  test('is named after its pieces, the exclusions kept', () => {
    const reading = looser('rekryteringsproblem', 'rekrytering', 'problem')
    expect(namedQuery('rekryteringsproblem', reading)).toBe('rekrytering eller problem')
    expect(namedQuery('rekryteringsproblem -covid -"nya arbetssätt"', reading)).toBe(
      'rekrytering eller problem -covid -"nya arbetssätt"',
    )
    expect(
      downloadFilename({
        params: { q: 'rekryteringsproblem -covid', year: [2019] },
        reading,
        extension: 'csv',
        date: DAY,
      }),
    ).toBe('projektbank-rekrytering-eller-problem-utan-covid-2019-2026-12-03.csv')
  })

  test('a reading with no looser rewrite leaves the name as typed', () => {
    const reading = looser('Orebro')
    expect(namedQuery('Orebro -x', reading)).toBe('Orebro -x')
    expect(namedQuery(undefined, { searched: '', rewrites: [] })).toBeUndefined()
    expect(
      downloadFilename({ params: { q: 'Orebro' }, reading, extension: 'csv', date: DAY }),
    ).toBe('projektbank-orebro-2026-12-03.csv')
  })
})

describe('attachment', () => {
  test('quotes a plain file name and refuses anything else', () => {
    expect(attachment('projektbank-alla-2026-12-03.csv')).toBe(
      'attachment; filename="projektbank-alla-2026-12-03.csv"',
    )
    expect(() => attachment('a"b.csv')).toThrow('not a plain ASCII file name: "a\\"b.csv"')
    expect(() => attachment('örebro.csv')).toThrow(TypeError)
  })
})
