import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { describe, expect, test } from 'vitest'
import { splitsIntoKnownWords } from '../src/query-reading/drop-unknown-words.js'
import { buildVocabulary } from '../src/query-reading/vocabulary.js'
import { createSwedishSearchAnalyzer } from '../src/swedish-analyzer.js'

/** An index's twin words with their document counts. */
const vocabulary = buildVocabulary([
  ['coaching', 6],
  ['unga', 10],
  ['ung', 10],
  ['kvinna', 8],
  ['kvinnor', 8],
  ['förening', 2],
  ['utrikes', 3],
  ['födda', 3],
  ['håll', 4],
  ['bar', 4],
])
const search = createSwedishSearchAnalyzer(loadSwedishAnalyzer(), { vocabulary: () => vocabulary })
const dropped = (q: string) =>
  search
    .analyzeQuery(q)
    .reading.rewrites.filter((r) => r.kind === 'dropped')
    .map((r) => r.term)

describe('words no project has', () => {
  test('are left out when another word of the query is known', () => {
    const read = search.analyzeQuery('job coaching ')
    expect(read.reading.searched).toBe('coaching')
    expect(read.raw).toBe('coaching')
    expect(dropped('job coaching ')).toEqual(['job'])
  })

  test('a word the reading also reads as another spelling stays (`for`, also *för*)', () => {
    expect(search.analyzeQuery('for unga ').reading.rewrites.map((r) => r.kind)).toEqual(['added'])
    expect(dropped('for unga ')).toEqual([])
  })

  test('a place name is known though no text has it', () => {
    expect(dropped('unga kiruna ')).toEqual([])
  })

  test('never: every word unknown, a word of a table key, the word being typed', () => {
    expect(dropped('xyzzq qzzyx ')).toEqual([])
    // *green* begins the key *green transition*, on its way.
    expect(dropped('unga green transiti')).toEqual([])
    expect(dropped('unga xyzzq')).toEqual([])
  })
})

describe('a word the index has only written apart', () => {
  test('is kept: Meilisearch finds it as its two halves one after the other', () => {
    expect(dropped('utrikesfödda kvinnor ')).toEqual([])
    expect(search.analyzeQuery('utrikesfödda kvinnor ').raw).toBe('utrikesfödda kvinnor')
  })

  test('needs halves of four letters or more', () => {
    const knows = (word: string) => vocabulary.has(word)
    expect(splitsIntoKnownWords('utrikesfödda', knows)).toBe(true)
    expect(splitsIntoKnownWords('hållbar', knows)).toBe(false)
    expect(splitsIntoKnownWords('kvinnorunga', knows)).toBe(true)
    expect(splitsIntoKnownWords('ungkvinnor', knows)).toBe(false)
  })
})

describe('a word an expansion reads as another', () => {
  test('is kept when the index has a word of the expansion', () => {
    // NEET reads as *unga som varken arbetar eller studerar*, and the index has *unga*.
    expect(dropped('neet kvinnor ')).toEqual([])
  })

  test('is left out when no project has any word of it either', () => {
    // SFI reads as *svenska för invandrare*, none of which this index has.
    expect(dropped('sfi kvinnor ')).toEqual(['sfi'])
  })
})

describe('a word the reading replaced', () => {
  test('is left out when no project has the replacement, as if typed so', () => {
    const read = search.analyzeQuery('hallbar kvinnor ')
    expect(read.reading.searched).toBe('kvinnor')
    expect(read.reading.rewrites).toEqual([
      { term: 'hallbar', replacement: 'hållbar', source: 'diacritics', kind: 'replaced' },
      { term: 'hållbar', replacement: '', source: 'index', kind: 'dropped' },
    ])
    expect(dropped('hållbar kvinnor ')).toEqual(['hållbar'])
  })
})
