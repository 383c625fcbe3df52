import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { describe, expect, test } from 'vitest'
import { createReplacementReader } from '../src/query-reading/expand-query.js'
import { createSwedishSearchAnalyzer, loadAnalyzer } from '../src/swedish-analyzer.js'
import { plannedQueries } from './_plan-queries.js'

const { search } = await loadAnalyzer()
const read = (q: string, verbatim = false) => {
  const { reading, analysed, expanded } = search.analyzeQuery(q, { verbatim })
  return { reading, analysed, expanded }
}

describe('abbreviations and synonyms are searched after the query as typed', () => {
  test('an abbreviation is written out in a query of its own', () => {
    // One word written out is searched whole, as a one-word query is.
    expect(read('AF')).toMatchObject({
      expanded: ['arbetsförmedling'],
      reading: {
        searched: 'AF',
        rewrites: [
          { term: 'af', replacement: 'arbetsförmedlingen', source: 'abbreviation', kind: 'added' },
        ],
      },
    })
  })

  test('each synonym is one more query; the other terms and the exclusions stay', () => {
    expect(read('socialbidrag -covid')).toEqual({
      analysed: 'socialbidrag -covid',
      expanded: ['försörjningsstöd -covid', 'ekonomisk bistånd -covid'],
      reading: {
        searched: 'socialbidrag -covid',
        rewrites: [
          {
            term: 'socialbidrag',
            replacement: 'försörjningsstöd',
            source: 'synonym',
            kind: 'added',
          },
          {
            term: 'socialbidrag',
            replacement: 'ekonomiskt bistånd',
            source: 'synonym',
            kind: 'added',
          },
        ],
      },
    })
  })

  test('a compound part is read as its synonym, the other parts kept', () => {
    const { expanded, reading } = read('jobbsökande')
    expect(expanded).toEqual(['arbete sökande', 'anställning sökande', 'sysselsättning sökande'])
    expect(reading.rewrites[0]).toEqual({
      term: 'jobbsökande',
      replacement: 'arbete sökande',
      source: 'synonym',
      kind: 'added',
    })
  })

  test('an English loan word gets its Swedish words', () => {
    expect(read('coaching').expanded).toEqual(['coachning', 'coach'])
  })

  test('the shorter names sheets use are searched too', () => {
    expect(read('KAA').expanded).toEqual(['kommunala aktivitet ansvar', 'aktivitetsansvar'])
    expect(read('NEET').expanded).toEqual([
      'unga varken arbeta studera',
      'uvas',
      'unga sysselsättning',
    ])
    // The phrase wins over the synonyms of its first word.
    expect(read('anställning med stöd').expanded).toEqual([
      'supported employment',
      'individual placement and support',
    ])
  })

  test('readings of several terms are also searched together, one query below the others', () => {
    // No sheet says AF, and none says coaching next to Arbetsförmedlingen: each reading alone
    // still requires the other word as typed, so the query found nothing.
    const af = search.analyzeQuery('AF coaching')
    expect(af.expanded).toEqual(['arbete förmedling coaching', 'af- coachning', 'af- coach'])
    expect(af.expandedTogether).toEqual(['arbete förmedling coachning', 'arbete förmedling coach'])
    const planned = plannedQueries(af).filter((q) => q.q === 'arbete förmedling coachning ')
    expect(planned.map((q) => [q.federationOptions, q.matchingStrategy])).toEqual([
      [{ weight: 0.8 * 0.8 * 0.8 }, 'all'],
    ])
    // One term with readings: nothing to put together.
    expect(search.analyzeQuery('coaching unga').expandedTogether).toBeUndefined()
  })

  test('the second readings are put together too: an English query matches only through them', () => {
    // No sheet says *young* or *unemployed*: only the readings together find anything, and
    // sheets write *unga arbetssökande* as often as *unga arbetslösa*.
    expect(search.analyzeQuery('young unemployed').expandedTogether).toEqual([
      'unga arbetslös',
      'unga arbete sökande',
    ])
    // No term with a second reading: one query.
    expect(search.analyzeQuery('women children').expandedTogether).toEqual(['kvinna barn'])
  })

  test('an everyday English word is read when typed in full', () => {
    expect(read('women').reading.rewrites).toEqual([
      { term: 'women', replacement: 'kvinnor', source: 'synonym', kind: 'added' },
    ])
    // Never as the key a word being typed is on its way to: `unga empl` still goes on to the
    // loan word *employability*, not to `employers`.
    expect(search.analyzeQuery('unga empl').reading.rewrites.map((r) => r.term)).not.toContain(
      'employers',
    )
  })

  test('a key of the table typed last is read as typed, not completed to a place', () => {
    // `staff` begins *Staffanstorp* and no other word the readers know; as the table's key it
    // is meant as typed.
    expect(read('staff').reading).toEqual({
      searched: 'staff',
      rewrites: [{ term: 'staff', replacement: 'personal', source: 'synonym', kind: 'added' }],
    })
  })

  test('diacritics are restored before the expansion', () => {
    expect(read('orebro AF')).toMatchObject({
      expanded: ['örebro arbete förmedling'],
      reading: { searched: 'örebro af' },
    })
  })

  test('verbatim and words without an entry add nothing', () => {
    expect(read('AF', true)).toEqual({
      analysed: 'af-',
      expanded: [],
      reading: { searched: 'AF', rewrites: [] },
    })
    expect(read('undersköterska').expanded).toEqual([])
  })
})

test('the table can be replaced', async () => {
  const { loadSwedishAnalyzer } = await import('@projektbank/analyzer/node')
  const own = createSwedishSearchAnalyzer(loadSwedishAnalyzer(), {
    expansions: [{ from: 'lärling', to: ['praktik'], source: 'synonym' }],
  })
  expect(own.analyzeQuery('lärlingar').expanded).toEqual(['praktik'])
  expect(own.analyzeQuery('AF').expanded).toEqual([])
})

test('thesaurus readings come last, with their source, and never hide a derived word', async () => {
  const { loadSwedishAnalyzer } = await import('@projektbank/analyzer/node')
  const own = createSwedishSearchAnalyzer(loadSwedishAnalyzer(), {
    thesaurus: [{ from: 'anpassning', to: ['integration'], source: 'thesaurus' }],
  })
  const { expanded, reading } = own.analyzeQuery('anpassning')
  expect(expanded).toEqual(['anpassa', 'integration'])
  expect(reading.rewrites).toEqual([
    { term: 'anpassning', replacement: 'anpassa', source: 'synonym', kind: 'added' },
    { term: 'anpassning', replacement: 'integration', source: 'thesaurus', kind: 'added' },
  ])
  // The bundled thesaurus reads `far` as *pappa*; an empty one reads nothing.
  const none = createSwedishSearchAnalyzer(loadSwedishAnalyzer(), { thesaurus: [] })
  expect(none.analyzeQuery('far och barn').expanded).toEqual([])
  expect(read('far och barn').expanded).toEqual(['pappa barn'])
})

describe('createReplacementReader', () => {
  test("reads a row's text as terms, exclusions left out, and each text once", () => {
    const analyzer = loadSwedishAnalyzer()
    let analysed = 0
    const counting = {
      ...analyzer,
      analyzeQuery: (q: string) => {
        analysed++
        return analyzer.analyzeQuery(q)
      },
    }
    const readReplacement = createReplacementReader(counting)
    const first = readReplacement('unga utan sysselsättning -covid')
    expect(first.map((t) => t.text)).toEqual(['unga', 'sysselsättning'])
    expect(readReplacement('unga utan sysselsättning -covid')).toBe(first)
    expect(readReplacement('arbetsförmedlingen').map((t) => t.lemmas)).toEqual([
      ['arbetsförmedling'],
    ])
    expect(analysed).toBe(2)
  })
})
