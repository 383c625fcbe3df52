import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { buildVocabulary } from '../src/query-reading/vocabulary.js'
import { createSwedishSearchAnalyzer, loadAnalyzer } from '../src/swedish-analyzer.js'

const { search } = await loadAnalyzer()
const read = (q: string) => {
  const { reading, raw, analysed, alternative } = search.analyzeQuery(q)
  return { reading, raw, analysed, alternative }
}

describe('restoring å/ä/ö in a query', () => {
  test('replaces words that are not words of their own, and re-analyses them', () => {
    expect(read('orebro')).toEqual({
      reading: {
        searched: 'örebro',
        rewrites: [
          { term: 'orebro', replacement: 'örebro', source: 'diacritics', kind: 'replaced' },
        ],
      },
      raw: 'örebro',
      analysed: 'örebro',
      alternative: '',
    })
    expect(read('forsorjningsstod').analysed).toBe('försörjningsstöd')
    expect(read('Ornskoldsvik').raw).toBe('örnsköldsvik')
    // From the place names, where the lexicon would say "läxa".
    expect(read('laxa').raw).toBe('laxå')
  })

  test('keeps far, mal and har as typed; their other spelling is searched after them', () => {
    expect(read('far')).toEqual({
      reading: {
        searched: 'far',
        rewrites: [
          { term: 'far', replacement: 'får', source: 'diacritics', kind: 'added' },
          // The thesaurus's one kept pair, searched after the respelling.
          { term: 'far', replacement: 'pappa', source: 'thesaurus', kind: 'added' },
        ],
      },
      raw: 'far',
      analysed: 'far',
      alternative: 'få',
    })
    expect(read('mal')).toMatchObject({ raw: 'mal', analysed: 'mal', alternative: 'mål' })
    // "har" is a stop word: alone it is matched as typed, in a query it is dropped.
    expect(read('har')).toMatchObject({ raw: 'har', alternative: '', reading: { rewrites: [] } })
    expect(read('unga har mal')).toMatchObject({ raw: 'unga mal', alternative: 'unga mål' })
  })

  test('a hyphenated word is restored piece by piece, as one word', () => {
    expect(read('malung-salen')).toMatchObject({
      reading: {
        searched: 'malung-sälen',
        rewrites: [
          {
            term: 'malung-salen',
            replacement: 'malung-sälen',
            source: 'diacritics',
            kind: 'replaced',
          },
        ],
      },
      raw: 'malung-sälen',
      alternative: '',
    })
    // *stod* alone keeps its meaning (it stood); in `esf-stod` it is the grant, *stöd*.
    expect(read('esf-stod').raw).toBe('esf-stöd')
    expect(read('"e-tjanster i skolan"').raw).toBe('"e-tjänster i skolan"')
    expect(read('covid-19').reading.rewrites).toEqual([])
  })

  test('phrases, exclusions and stop words', () => {
    expect(read('"psykisk ohalsa" -overgang')).toMatchObject({
      reading: { searched: '"psykisk ohälsa" -övergång' },
      raw: '"psykisk ohälsa" -övergång',
    })
    // "pa" is "på", a stop word: dropped like one.
    expect(read('stod pa jobbet').raw).toBe('stod jobbet')
    // An excluded word of its own stays as typed.
    expect(read('unga -far')).toMatchObject({ raw: 'unga -far', alternative: '' })
  })

  test('verbatim searches exactly as typed', () => {
    const { reading, raw, alternative } = search.analyzeQuery('orebro far', { verbatim: true })
    expect({ reading, raw, alternative }).toEqual({
      reading: { searched: 'orebro far', rewrites: [] },
      raw: 'orebro far',
      alternative: '',
    })
  })
})

describe('a respelling from the lexicon that no project has', () => {
  // An index that has *samordnat* and *övergång*, and neither *småordnät* nor anything on nets.
  const vocabulary = buildVocabulary([
    ['samordnat', 4],
    ['samordna', 4],
    ['övergång', 3],
    ['unga', 10],
  ])
  const indexed = createSwedishSearchAnalyzer(loadSwedishAnalyzer(), {
    vocabulary: () => vocabulary,
  })
  const searched = (q: string) => indexed.analyzeQuery(q).reading

  test('gives way to the index word a slip reads as', () => {
    expect(searched('smaordnat ')).toEqual({
      searched: 'samordnat',
      rewrites: [{ term: 'smaordnat', replacement: 'samordnat', source: 'typo', kind: 'replaced' }],
    })
  })

  test('stays when no index word is a slip away, and a held respelling always stays', () => {
    // No index word is a slip away from `smabarn`: the reading says *småbarn*, which no
    // project has, so it is left out of a query of several words.
    expect(searched('smabarn unga ').rewrites.slice(0, 2)).toEqual([
      { term: 'smabarn', replacement: 'småbarn', source: 'diacritics', kind: 'replaced' },
      { term: 'småbarn', replacement: '', source: 'index', kind: 'dropped' },
    ])
    expect(searched('overgang ').searched).toBe('övergång')
  })
})

describe('property: a query typed with its diacritics is never changed by restoring', () => {
  // Words that carry å/ä/ö/é, and words with no a, o or e to restore.
  const spelled = fc.constantFrom(
    'örebro',
    'umeå',
    'försörjningsstöd',
    'får',
    'mål',
    'här',
    'språkstöd',
    'ungdomsarbetslöshet',
    'idé',
    'kvinnlig',
    'unity',
    'sfi',
    'it',
  )
  const piece = fc.oneof(
    spelled,
    spelled.map((w) => `-${w}`),
    fc.array(spelled, { minLength: 1, maxLength: 3 }).map((ws) => `"${ws.join(' ')}"`),
    fc.constantFrom('och', 'i', '2014', 'ESF:s', 'Ö', '  '),
  )
  const query = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(' '))

  test('the query searched is the query as typed', () => {
    fc.assert(
      fc.property(query, (q) => {
        const restored = search.analyzeQuery(q)
        const verbatim = search.analyzeQuery(q, { verbatim: true })
        // Abbreviations and synonyms may be added (`sfi`); nothing is restored or replaced.
        expect(restored.reading.rewrites.filter((r) => r.source === 'diacritics')).toEqual([])
        expect(restored.reading.rewrites.filter((r) => r.kind === 'replaced')).toEqual([])
        expect(restored.reading.searched).toBe(q.trim())
        expect(restored.raw).toBe(verbatim.raw)
        expect(restored.analysed).toBe(verbatim.analysed)
        expect(restored.alternative).toBe('')
      }),
      { numRuns: 1000 },
    )
  })
})
