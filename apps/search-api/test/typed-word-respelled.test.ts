/**
 * The word being typed, read as the beginning it is: one that begins words of the index is
 * not respelled with å/ä/ö into a word no project has, nor matched whole as an abbreviation
 * no text writes, and one that begins no index word but a key's first word reads as the key.
 * Each once found nothing for a letter, and the page said "Inga projekt", then found hits
 * again.
 */
import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { describe, expect, test } from 'vitest'
import { buildVocabulary } from '../src/query-reading/vocabulary.js'
import { createSwedishSearchAnalyzer } from '../src/swedish-analyzer.js'

const search = createSwedishSearchAnalyzer(loadSwedishAnalyzer(), {
  vocabulary: () =>
    buildVocabulary([
      ['ansvar', 3],
      ['ansvarar', 1],
      ['arena', 2],
      ['agera', 1],
      ['transnationella', 1],
      ['östersund', 4],
      ['möts', 2],
      ['motsvarar', 3],
      // Words that begin with the lemmas of the respellings (*å*, *trä*, *äga*): the index
      // "holds" those, as a beginning, though it has no *åns*, *trän* or *äger*.
      ['åtgärder', 5],
      ['träffar', 2],
      ['ägare', 2],
      ['minska', 3],
      ['självklar', 2],
      ['långsiktig', 3],
      ['långa', 2],
    ]),
})
const read = (q: string) => {
  const { raw, reading } = search.analyzeQuery(q)
  return { raw, rewrites: reading.rewrites.map((r) => `${r.term} → ${r.replacement}`) }
}

describe('a beginning that begins words of the index is searched as typed', () => {
  test.each([
    // Once *åns*, *Åre* (a place no project names), *trän* and *äger*: no index word.
    ['ans', 'ans'],
    ['are', 'are'],
    ['tran', 'tran'],
  ])('%s', (typed, raw) => {
    const { reading, ...query } = search.analyzeQuery(typed)
    expect(query.raw).toBe(raw)
    expect(reading.rewrites.filter((r) => r.source === 'diacritics')).toEqual([])
  })

  test('`ans` also begins the key *anställning*, but the list offers *ansvar* first', () => {
    // The list under the box offers *ansvar* and *ansvarar*: `ans` is on its way to them.
    expect(read('ans').rewrites).toEqual([])
  })

  test('a beginning that begins one word only is completed to it, not respelled', () => {
    expect(read('ager')).toEqual({ raw: 'agera', rewrites: ['ager → agera'] })
  })

  test('a respelling the index has still replaces the beginning', () => {
    expect(read('mots')).toEqual({ raw: 'möts', rewrites: ['mots → möts'] })
  })

  test('a finished word, or one followed by more, is respelled as before', () => {
    expect(read('ans ')).toEqual({ raw: 'åns', rewrites: ['ans → åns'] })
  })
})

test('the word being typed toward a key keeps its spelling: `drop` is on its way to *dropout*', () => {
  const { raw, rewrites } = read('drop')
  expect(raw).toBe('drop')
  expect(rewrites[0]).toBe('dropout → avhopp')
})

describe('a word of its own whose respelling no project has is respelled as a beginning', () => {
  test('`ost` (cheese) is on its way to *Östersund*', () => {
    expect(read('ost')).toEqual({ raw: 'öst', rewrites: ['ost → öst'] })
  })

  test('a place name still stands beside its word of its own (`mala`, *Malå*)', () => {
    expect(read('mala')).toEqual({ raw: 'mala', rewrites: ['mala → malå'] })
  })
})

describe('an abbreviation of the table being typed in lower case, that no text writes', () => {
  test('`mi` begins *minska*: a beginning, its expansions still searched', () => {
    const query = search.analyzeQuery('mi')
    expect(query.rawEndsWhole).toBeUndefined()
    expect(query.analysedEndsInPrefix).toBe(true)
    expect(query.expanded).toEqual(['motivera samtal', 'motivational interviewing'])
  })

  test('typed in capitals, or followed by a space, it is the abbreviation, matched whole', () => {
    expect(search.analyzeQuery('MI').rawEndsWhole).toBe(true)
    expect(search.analyzeQuery('mi ').rawEndsWhole).toBe(true)
  })
})

test("a beginning of a key's first word that begins no index word reads as the key", () => {
  // Once nothing for `gre` and `gree`, then *green transition*'s sheets for `green`.
  expect(read('gree')).toEqual({ raw: 'gree', rewrites: ['green transition → grön omställning'] })
  // One that begins index words is searched as it is (`mi…`, `ans…` above).
  expect(read('min').rewrites).toEqual([])
  // So is one that begins them respelled with å/ä/ö: `lang` is on its way to *långsiktig*,
  // not *language café* (which no text here names).
  const lang = read('lang')
  expect(lang.raw).toBe('lång')
  expect(lang.rewrites[0]).toBe('lang → lång')
})

describe('a beginning of a stop word is on its way to it: the texts write it, the twins do not', () => {
  test('`varj` (*varje*) is searched as typed, not respelled into *värj*, which no text has', () => {
    expect(read('varj')).toEqual({ raw: 'varj', rewrites: [] })
    expect(read('för varj').raw).toBe('varj')
  })

  test('`nag` typed without å is respelled as the beginning of *något*, *några*', () => {
    expect(read('nag')).toEqual({ raw: 'någ', rewrites: ['nag → någ'] })
  })
})

describe('a word the lexicon respells into one no text has is respelled as a beginning', () => {
  test('`sja` and `atga` are on their way to *självklar* and *åtgärder*, not *sjå*, *åtgå*', () => {
    expect(read('sja')).toEqual({ raw: 'sjä', rewrites: ['sja → sjä'] })
    // *åtgärder* is the one word that begins so here: the beginning reads as it.
    expect(read('atga')).toEqual({ raw: 'åtgärd', rewrites: ['atga → åtgä', 'åtgä → åtgärd'] })
  })

  test('when no word of the texts begins as the respelling, the restored word stands', () => {
    expect(read('bega')).toEqual({ raw: 'begå', rewrites: ['bega → begå'] })
  })
})
