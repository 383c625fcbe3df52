import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { describe, expect, test } from 'vitest'
import { buildVocabulary } from '../src/query-reading/vocabulary.js'
import { createSwedishSearchAnalyzer } from '../src/swedish-analyzer.js'

/** An index's twin words with their document counts. */
const vocabulary = buildVocabulary([
  ['rekrytering', 4],
  ['problem', 3],
  ['vård', 12],
  ['unga', 10],
  ['ung', 10],
  ['kvinna', 8],
  ['kvinnor', 8],
  ['långtidsarbetslösa', 1],
  ['långtids', 1],
  ['telefon', 2],
  ['nummer', 3],
])
const search = createSwedishSearchAnalyzer(loadSwedishAnalyzer(), { vocabulary: () => vocabulary })
const looser = (q: string, options?: { verbatim?: boolean }) =>
  search.analyzeQuery(q, options).looser

describe('the pieces a query that finds nothing is searched as, any one enough', () => {
  test('a one-word compound: its parts, each a whole word', () => {
    expect(looser('rekryteringsproblem')).toEqual({
      term: 'rekryteringsproblem',
      pieces: [
        { shown: 'rekrytering', query: 'rekrytering ' },
        { shown: 'problem', query: 'problem ' },
      ],
    })
  })

  test('a part no text writes is left out: kriminalvård is vård only', () => {
    expect(looser('kriminalvård')).toEqual({
      term: 'kriminalvård',
      pieces: [{ shown: 'vård', query: 'vård ' }],
    })
  })

  test('typed without å/ä/ö: the parts of the word as read', () => {
    // *arbetslös* is no word of this index, but the table reads it as *arbetssökande*.
    expect(looser('langtidsarbetslosa ')?.pieces.map((p) => p.shown)).toEqual([
      'långtids',
      'arbetslös',
    ])
  })

  test('a compound being typed: its first part, and the beginning of the next', () => {
    // Once nothing for `telefonnum` (no sheet has both parts), then *telefon* or *nummer*
    // for `telefonnummer`.
    expect(looser('telefonnum')).toEqual({
      term: 'telefonnum',
      pieces: [
        { shown: 'telefon', query: 'telefon ' },
        { shown: 'num', query: 'num' },
      ],
    })
  })

  test('several words: each of them; the word still being typed stays a beginning', () => {
    expect(looser('unga kvinnor rekryt')).toEqual({
      term: 'unga kvinnor rekryt',
      pieces: [
        { shown: 'unga', query: 'unga ' },
        { shown: 'kvinnor', query: 'kvinnor ' },
        { shown: 'rekryt', query: 'rekryt' },
      ],
    })
  })

  test('exclusions stay in every piece, and a phrase is one piece', () => {
    expect(looser('"unga kvinnor" rekryteringsproblem -covid ')).toEqual({
      term: '"unga kvinnor" rekryteringsproblem',
      pieces: [
        { shown: '"unga kvinnor"', query: '-covid "unga kvinnor" ' },
        { shown: 'rekryteringsproblem', query: '-covid rekryteringsproblem ' },
      ],
    })
    expect(looser('rekryteringsproblem -covid')?.pieces.map((p) => p.query)).toEqual([
      '-covid rekrytering ',
      '-covid problem ',
    ])
  })

  test('nothing looser: one word of one part, one phrase, verbatim', () => {
    expect(looser('rekrytering ')).toBeUndefined()
    expect(looser('"unga kvinnor"')).toBeUndefined()
    expect(looser('rekryteringsproblem', { verbatim: true })).toBeUndefined()
    expect(looser('-rekryteringsproblem')).toBeUndefined()
  })
})
