import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { describe, expect, test } from 'vitest'
import { typedCompound } from '../src/query-reading/typed-compound.js'
import { buildVocabulary } from '../src/query-reading/vocabulary.js'
import { createSwedishSearchAnalyzer } from '../src/swedish-analyzer.js'
import { plannedQueries } from './_plan-queries.js'

const analyzer = loadSwedishAnalyzer()
/** An index's twin words (forms, lemmas, compound parts) with their document counts. */
const words = [
  ['digital', 7],
  ['kompetens', 12],
  ['kompetensutveckling', 5],
  ['omsorg', 6],
  ['personal', 9],
  ['expert', 2],
  ['unga', 10],
] as const
const vocabulary = buildVocabulary(words)
const beginsAWord = (typed: string) => words.some(([word]) => word.startsWith(typed))

describe('typedCompound', () => {
  test('reads a compound on its way as its first part and the beginning of the next', () => {
    expect(typedCompound(analyzer.lexicon, 'digitalkompe', beginsAWord)).toEqual({
      head: 'digital',
      tail: 'kompe',
    })
    // The first part as a compound's part: *omsorgs* is *omsorg*.
    expect(typedCompound(analyzer.lexicon, 'omsorgsperso', beginsAWord)).toEqual({
      head: 'omsorg',
      tail: 'perso',
    })
  })

  test('no split when no word of the index begins with the rest', () => {
    expect(typedCompound(analyzer.lexicon, 'digitalxyz', beginsAWord)).toBeUndefined()
    // One letter of the next part is too little to tell.
    expect(typedCompound(analyzer.lexicon, 'digitalk', beginsAWord)).toBeUndefined()
  })
})

describe('the word being typed, read by the search analyser', () => {
  const search = createSwedishSearchAnalyzer(analyzer, { vocabulary: () => vocabulary })

  test('a compound on its way reaches the twins as its first part and a beginning', () => {
    const read = search.analyzeQuery('digitalkompe')
    expect(read.analysed).toBe('digital kompe')
    expect(read.analysedEndsInPrefix).toBe(true)
    expect(read.analysedMatching).toBe('all')
  })

  test('a word some index word begins with is a beginning of its own, not split', () => {
    // The one word it begins, read as that word; never *kompetens* + `utv`.
    expect(search.analyzeQuery('kompetensutv').analysed).toBe('kompetensutveckling')
    // `kompetensut` the lexicon reads as a compound (*ut*, out): a beginning, not completed.
    expect(search.analyzeQuery('kompetensut').analysed).toBe('kompetensut')
  })

  test('snippets mark the words a beginning stands for, inside compounds too', () => {
    const text = 'Projektet anlitar en tillgänglighetsexpert. Deltagarna får digital kompetens.'
    expect(search.highlight(text, search.analyzeQuery('exper'))).toBe(
      'Projektet anlitar en <mark>tillgänglighetsexpert</mark>. Deltagarna får digital kompetens.',
    )
    expect(search.highlight(text, search.analyzeQuery('digitalkompe'))).toBe(
      'Projektet anlitar en tillgänglighetsexpert. Deltagarna får <mark>digital</mark> <mark>kompetens</mark>.',
    )
  })

  test('a key of several words being typed is read as that key, its typed word as typed', () => {
    const keysRead = (q: string) => [
      ...new Set(search.analyzeQuery(q).reading.rewrites.map((r) => r.term)),
    ]
    // Not *green trä…* (wood): the word stays as typed, and the key's readings are searched.
    expect(search.analyzeQuery('green tra').reading.searched).toBe('green tra')
    expect(keysRead('green tra')).toEqual(['green transition'])
    // The key that goes on from both words, not the shorter *employability* of `empl` alone.
    expect(keysRead('supported empl')).toEqual(['supported employment'])
    expect(keysRead('unga empl')).toEqual(['employability'])
  })

  test("a key's first word alone, typed in full, is read as the key when no project has it", () => {
    const keysRead = (q: string, on = search) => [
      ...new Set(on.analyzeQuery(q).reading.rewrites.map((r) => r.term)),
    ]
    expect(search.analyzeQuery('green').reading.searched).toBe('green')
    expect(keysRead('green')).toEqual(['green transition'])
    // The first key the list under the box offers for it: *jobb*, not *job fair*, the
    // shortest key of several words that it begins.
    expect(keysRead('job')).toEqual(['jobb'])
    // Not with another word, nor once a space has finished it.
    expect(keysRead('unga green')).toEqual([])
    expect(keysRead('green ')).toEqual([])
    // A word some project has is searched as that word.
    const withJob = buildVocabulary([...words, ['job', 3]])
    const onJob = createSwedishSearchAnalyzer(analyzer, { vocabulary: () => withJob })
    expect(keysRead('job', onJob)).toEqual([])
    expect(onJob.analyzeQuery('job').expanded).toEqual([])
  })

  test('an abbreviation of the table is searched whole in the texts, not as a beginning', () => {
    const plan = (q: string) => plannedQueries(search.analyzeQuery(q))[0]?.q
    // A space after it: Meilisearch does not read *affärsrådgivning* into `AF`.
    expect(plan('AF')).toBe('af ')
    expect(plan('unga SFI')).toBe('unga sfi ')
    // Any other last word stays a beginning.
    expect(plan('unga')).toBe('unga')
  })

  test('an abbreviation of the table is no beginning in the twins either', () => {
    // *skriva* begins with `skr`; the index holds it, so a beginning would find it.
    const withSkriva = buildVocabulary([...words, ['skriva', 4]])
    const reader = createSwedishSearchAnalyzer(analyzer, { vocabulary: () => withSkriva })
    const read = reader.analyzeQuery('SKR')
    expect(read.analysedEndsInPrefix).toBeUndefined()
    expect(read.analysed).toBe('skr')
    expect(plannedQueries(read).map((query) => query.q)).not.toContain('skr')
  })

  test('an abbreviation being typed is read as the table key it begins', () => {
    const read = search.analyzeQuery('unga NEE')
    // The table's three readings of NEET, each searched after the query as typed.
    expect(read.reading.rewrites.map((r) => [r.term, r.source, r.kind])).toEqual([
      ['neet', 'abbreviation', 'added'],
      ['neet', 'abbreviation', 'added'],
      ['neet', 'abbreviation', 'added'],
    ])
    expect(read.expanded?.length).toBe(3)
    // Finished (a space follows it), it is no key and no word of the index: left out.
    expect(search.analyzeQuery('unga NEE ').reading.rewrites).toEqual([
      { term: 'nee', replacement: '', source: 'index', kind: 'dropped' },
    ])
  })

  test('a word being typed that is a word already completes a key of several words', () => {
    // `trans` is a word (a trance), so no beginning; but `green` typed whole before it makes
    // it the start of *green transition*, whose readings the texts do write.
    const read = search.analyzeQuery('green trans')
    expect(read.reading.rewrites).toContainEqual({
      term: 'green transition',
      replacement: 'grön omställning',
      source: 'synonym',
      kind: 'added',
    })
    // Finished, `green trans ` is no key.
    expect(search.analyzeQuery('green trans ').reading.rewrites).not.toContainEqual(
      expect.objectContaining({ term: 'green transition' }),
    )
  })
})
