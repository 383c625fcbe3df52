import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { expect, test } from 'vitest'
import { createKeyTable } from '../src/query-reading/key-table.js'
import { suggestQueries } from '../src/query-reading/suggest-queries.js'
import { buildVocabulary } from '../src/query-reading/vocabulary.js'

const analyzer = loadSwedishAnalyzer()
const vocabulary = buildVocabulary([
  ['kvinnor', 5],
  ['kvinna', 5],
  ['validering', 3],
  ['unga', 8],
  ['ung', 8],
  ['stöd', 9],
  ['göra', 9],
  ['ort', 3],
  ['gren', 2],
  ['trams', 2],
])

test('the query as read comes first when it differs from the query as typed', () => {
  expect(suggestQueries(analyzer, vocabulary, 'orebro', 'örebro')).toEqual(['örebro'])
})

test('unknown words are replaced by the nearest index word, then the rest are left out', () => {
  expect(suggestQueries(analyzer, vocabulary, 'kvinnorr', 'kvinnorr')).toEqual(['kvinnor'])
  expect(suggestQueries(analyzer, vocabulary, 'valdiering xyzzyq', 'valdiering xyzzyq')).toEqual([
    'validering xyzzyq',
    'validering',
  ])
  expect(suggestQueries(analyzer, vocabulary, 'stod till unga', 'stod till unga')).toEqual([
    'stöd till unga',
  ])
})

test('a word may move as far as Meilisearch lets a typo: none below 5 letters, 2 from 9', () => {
  // Four letters: *göra* and *ort* are two edits away, another word rather than a slip.
  expect(suggestQueries(analyzer, vocabulary, 'grön omst', 'grön omst')).toEqual([])
  // Seven letters: one edit (*kvinnor* is two away from `kvinorr`).
  expect(suggestQueries(analyzer, vocabulary, 'kvinorr', 'kvinorr')).toEqual([])
  expect(suggestQueries(analyzer, vocabulary, 'kvinnorr', 'kvinnorr')).toEqual(['kvinnor'])
  // Nine letters: two edits (a swap and a letter left out).
  expect(suggestQueries(analyzer, vocabulary, 'valdierng', 'valdierng')).toEqual(['validering'])
})

test('the words of a table key, and a key being typed, are read, never respelled', () => {
  // Without the tables each is one edit from an index word.
  expect(suggestQueries(analyzer, vocabulary, 'green trans', 'green trans')).toEqual(['gren trams'])
  const tableKeys = createKeyTable(['green transition', 'neet'])
  expect(suggestQueries(analyzer, vocabulary, 'green trans', 'green trans', { tableKeys })).toEqual(
    [],
  )
  // A word of a key stays when another word is respelled.
  expect(
    suggestQueries(analyzer, vocabulary, 'green kvinnorr', 'green kvinnorr', { tableKeys }),
  ).toEqual(['green kvinnor'])
})

test('numbers and codes are never left out: the texts and the project ids hold them', () => {
  expect(suggestQueries(analyzer, vocabulary, 'dnr 22-044-s03', 'dnr 22-044-s03')).toEqual([
    '22-044-s03',
  ])
  expect(suggestQueries(analyzer, vocabulary, 'xyzzyq unga 2014', 'xyzzyq unga 2014')).toEqual([
    'unga 2014',
  ])
})

test('a query of stop words alone is never suggested', () => {
  // `sjukskrivna i`: nothing near *sjukskrivna*; "i" alone would list every sheet.
  expect(suggestQueries(analyzer, vocabulary, 'xyzzyqw i', 'xyzzyqw i')).toEqual([])
  expect(suggestQueries(analyzer, vocabulary, 'xyzzyqw unga', 'xyzzyqw unga')).toEqual(['unga'])
  // Nor one of exclusions alone: `-unga` lists every sheet without *unga*.
  expect(suggestQueries(analyzer, vocabulary, '"xyzzyqw" -unga', '"xyzzyqw" -unga')).toEqual([])
})

test('nothing near, nothing known, or no vocabulary: nothing to suggest', () => {
  expect(suggestQueries(analyzer, vocabulary, 'xyzzyq', 'xyzzyq')).toEqual([])
  expect(suggestQueries(analyzer, vocabulary, 'kvinnor', 'kvinnor')).toEqual([])
  expect(suggestQueries(analyzer, undefined, 'kvinnorr', 'kvinnorr')).toEqual([])
})

test('a phrase keeps its quotes and an exclusion its minus; words inside a phrase are corrected', () => {
  // *nyanlända* is not in this vocabulary: left out of the last suggestion.
  expect(
    suggestQueries(analyzer, vocabulary, '"nyanlända kvinnorr"', '"nyanlända kvinnorr"'),
  ).toEqual(['"nyanlända kvinnor"', '"kvinnor"'])
  expect(suggestQueries(analyzer, vocabulary, '"kvinnorr"', '"kvinnorr"')).toEqual(['"kvinnor"'])
  expect(suggestQueries(analyzer, vocabulary, 'kvinnorr -unga', 'kvinnorr -unga')).toEqual([
    'kvinnor -unga',
  ])
  // An unknown word leaves the phrase; the phrase stays closed.
  expect(suggestQueries(analyzer, vocabulary, '"xyzzyq unga"', '"xyzzyq unga"')).toEqual(['"unga"'])
})

test('words of their own are respelled too, inside a phrase as well (searched as typed)', () => {
  const respell = (word: string) => ({ for: 'för', stod: 'stöd' })[word]
  expect(suggestQueries(analyzer, vocabulary, '"for unga"', '"for unga"', { respell })).toEqual([
    '"för unga"',
    '"unga"',
  ])
  expect(
    suggestQueries(analyzer, vocabulary, '"stod till unga"', '"stod till unga"', { respell }),
  ).toEqual(['"stöd till unga"'])
})
