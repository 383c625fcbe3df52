import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { describe, expect, test } from 'vitest'
import { editDistance } from '../src/query-reading/_edit-distance.js'
import { createTypoCorrector } from '../src/query-reading/correct-typo.js'
import { buildVocabulary, combineVocabularies } from '../src/query-reading/vocabulary.js'
import { createSwedishSearchAnalyzer } from '../src/swedish-analyzer.js'

const analyzer = loadSwedishAnalyzer()
/** An index's words with their document counts, as the indexer writes them. */
const vocabulary = buildVocabulary([
  ['validering', 7],
  ['validera', 2],
  ['kommunförbundet', 3],
  ['kommunförbund', 3],
  ['funktionsnedsättning', 12],
  ['hemmasittare', 2],
  ['matchning', 9],
  ['matchningen', 1],
  ['försörjningsstöd', 4],
  ['får', 9],
  ['far', 1],
  ['umeå', 3],
])

describe('editDistance', () => {
  test.each([
    ['validerng', 'validering', 1],
    ['matchnig', 'matchning', 1],
    ['mathcning', 'matchning', 1],
    ['kommunförbudet', 'kommunförbundet', 1],
    ['hemmasitare', 'hemmasittare', 1],
    ['valdierng', 'validering', 2],
    ['abc', 'abc', 0],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b, 2)).toBe(distance)
  })

  test('stops past the limit', () => {
    expect(editDistance('validering', 'utbildning', 2)).toBe(3)
    expect(editDistance('kort', 'mycket längre', 1)).toBe(2)
  })
})

describe('buildVocabulary', () => {
  test('counts words and finds the spellings with diacritics of a folded word', () => {
    expect(vocabulary.size).toBe(12)
    expect(vocabulary.count('matchning')).toBe(9)
    expect(vocabulary.count('saknas')).toBe(0)
    expect(vocabulary.formsOf('far')).toEqual(['får'])
    expect(vocabulary.formsOf('umea')).toEqual(['umeå'])
    expect(vocabulary.has('far')).toBe(true)
  })

  test('near words share the first letter and are within two letters in length', () => {
    const near: string[] = []
    vocabulary.forEachNear('validerng', (word) => near.push(word))
    expect(near.sort()).toEqual(['validera', 'validering'])
  })
})

describe('combineVocabularies', () => {
  test('holds the words of both and counts a word as often as both do', () => {
    const places = buildVocabulary([
      ['umeå', 1],
      ['malå', 1],
    ])
    const combined = combineVocabularies(vocabulary, places)
    expect(combined.formsOf('mala')).toEqual(['malå'])
    expect(combined.has('malå')).toBe(true)
    expect(combined.count?.('umeå')).toBe(vocabulary.count('umeå') + 1)
    expect(combined.count?.('malå')).toBe(1)
    expect(combined.count?.('saknas')).toBe(0)
  })
})

describe('createTypoCorrector', () => {
  const correct = createTypoCorrector(vocabulary, analyzer.lexicon, (w) => w === 'coaching')
  test.each([
    ['validerng', 'validering'],
    ['kommunförbudet', 'kommunförbundet'],
    ['funktionsnedsätning', 'funktionsnedsättning'],
    ['hemmasitare', 'hemmasittare'],
    ['matchnig', 'matchning'],
  ])('%s → %s', (typed, corrected) => {
    expect(correct(typed)).toEqual({ word: typed, corrected })
  })

  test('leaves words of the index, of the lexicon, known words and short words alone', () => {
    expect(correct('validering')).toBeUndefined()
    expect(correct('arbetsmarknaden')).toBeUndefined()
    expect(correct('coaching')).toBeUndefined()
    expect(correct('matchn')).toBeUndefined()
    expect(correct('valid')).toBeUndefined()
  })

  test('a slip in a word typed without å/ä/ö costs only the slip', () => {
    // The missing dots are not slips: *försörjningsstöd* is one edit from `forsorjningssod`.
    expect(correct('forsorjningssod')?.corrected).toBe('försörjningsstöd')
    expect(correct('kommunforbudet')?.corrected).toBe('kommunförbundet')
    // Typed with some of its diacritics, a word is compared as typed: three edits, none.
    expect(correct('försorjningssod')).toBeUndefined()
  })

  test('a word typed without diacritics also meets the words its first letter stands for', () => {
    const near: string[] = []
    buildVocabulary([
      ['örebro', 2],
      ['orera', 1],
    ]).forEachNear('orebor', (word) => near.push(word))
    expect(near.sort()).toEqual(['orera', 'örebro'])
    const withDots: string[] = []
    buildVocabulary([['örebro', 2]]).forEachNear('orebrö', (word) => withDots.push(word))
    expect(withDots).toEqual([])
  })

  test('two slips only in long words', () => {
    expect(correct('valdierng')?.corrected).toBe('validering')
    expect(correct('mtachnig')).toBeUndefined()
  })
})

describe('the query as read with an index vocabulary', () => {
  const search = createSwedishSearchAnalyzer(analyzer, { vocabulary: () => vocabulary })

  test('a slip is corrected, and the reading says so', () => {
    expect(search.analyzeQuery('validerng')).toMatchObject({
      raw: 'validering',
      analysed: 'validering',
      reading: {
        searched: 'validering',
        rewrites: [
          { term: 'validerng', replacement: 'validering', source: 'typo', kind: 'replaced' },
          // The corrected word is read as its verb too (see derive-words.ts).
          { term: 'validering', replacement: 'validera', source: 'synonym', kind: 'added' },
        ],
      },
    })
  })

  test('diacritics are restored first; far keeps its meaning; verbatim changes nothing', () => {
    expect(search.analyzeQuery('forsorjningsstod').reading.rewrites).toEqual([
      {
        term: 'forsorjningsstod',
        replacement: 'försörjningsstöd',
        source: 'diacritics',
        kind: 'replaced',
      },
      // The restored word is then read through the expansion table.
      {
        term: 'försörjningsstöd',
        replacement: 'ekonomiskt bistånd',
        source: 'synonym',
        kind: 'added',
      },
    ])
    expect(search.analyzeQuery('far').reading.rewrites).toEqual([
      { term: 'far', replacement: 'får', source: 'diacritics', kind: 'added' },
      { term: 'far', replacement: 'pappa', source: 'thesaurus', kind: 'added' },
    ])
    expect(search.analyzeQuery('validerng', { verbatim: true }).reading.rewrites).toEqual([])
  })

  test('an English loan word in the expansion table is not a slip', () => {
    expect(search.analyzeQuery('coaching').reading.rewrites.map((r) => r.source)).toEqual([
      'synonym',
      'synonym',
    ])
  })

  test('phrases and exclusions are not corrected', () => {
    expect(search.analyzeQuery('"validerng" -matchnig').reading.rewrites).toEqual([])
  })
})

describe('a compound the corrector put in place of what was typed', () => {
  const search = createSwedishSearchAnalyzer(analyzer, {
    vocabulary: () =>
      buildVocabulary([
        ['skolnärvaro', 2],
        ['skola', 10],
        ['närvaro', 5],
      ]),
  })

  test('completed while typed, it is read as the finished word: whole, then its parts', () => {
    const read = search.analyzeQuery('skolnärva')
    expect(read.reading.rewrites).toEqual([
      { term: 'skolnärva', replacement: 'skolnärvaro', source: 'completion', kind: 'replaced' },
    ])
    expect(read.spelledOut).toBe('skola närvaro')
    expect(search.analyzeQuery('skolnärvaro').spelledOut).toBe('skola närvaro')
  })

  test('put in place of a slip, it is searched whole only: its parts would add to a guess', () => {
    const read = search.analyzeQuery('skolnärvro')
    expect(read.reading.searched).toBe('skolnärvaro')
    expect(read.spelledOut).toBeUndefined()
  })
})

describe('a word typed toward a key of the tables is not respelled by the slip corrector', () => {
  const search = createSwedishSearchAnalyzer(analyzer, {
    vocabulary: () =>
      buildVocabulary([
        ['entreprenör', 5],
        ['coaching', 4],
        ['projekt', 20],
        ['möter', 3],
        ['social', 6],
        ['coach', 4],
        ['långa', 3],
        ['praktik', 8],
      ]),
  })
  const read = (q: string) => {
    const { reading } = search.analyzeQuery(q)
    return {
      searched: reading.searched,
      rewrites: reading.rewrites.map((r) => `${r.term} → ${r.replacement} (${r.source})`),
    }
  }

  test('`social entrepreneur` is on its way to *social entrepreneurship*, not *entreprenör*', () => {
    expect(read('social entrepreneur')).toEqual({
      searched: 'social entrepreneur',
      rewrites: [
        'social entrepreneurship → socialt företagande (synonym)',
        'social entrepreneurship → sociala företag (synonym)',
      ],
    })
  })

  test('`job coac` is on its way to *job coach*, not completed to *coaching*', () => {
    expect(read('job coac')).toEqual({
      searched: 'job coac',
      rewrites: ['job coach → jobbcoach (synonym)', 'job coach → arbetscoach (synonym)'],
    })
    // Alone, `coac` is on its way to the key *coach*.
    expect(read('coac')).toEqual({
      searched: 'coac',
      rewrites: ['coach → coachning (synonym)'],
    })
  })

  test("a key's first word is not respelled either, typed alone or with the next", () => {
    expect(read('project owner')).toEqual({
      searched: 'project owner',
      rewrites: [
        'project owner → projektägare (synonym)',
        'project owner → stödmottagare (synonym)',
      ],
    })
    expect(read('mother')).toEqual({
      searched: 'mother',
      rewrites: ['mother tongue → modersmål (synonym)'],
    })
  })

  test('the word being typed toward a key is not put right as a slip either', () => {
    // On its way to *coaching*, not a slip of *coach*.
    expect(read('coachi')).toEqual({
      searched: 'coachi',
      rewrites: ['coaching → coachning (synonym)', 'coaching → coach (synonym)'],
    })
    // On its way to *language café*, not a slip of *långa*; begun by no index word, it reads
    // as the key the list offers first (its spelling without é, a row of its own).
    expect(read('langua')).toEqual({
      searched: 'langua',
      rewrites: ['language cafe → språkcafé (synonym)', 'language cafe → språkkafé (synonym)'],
    })
    // A beginning of a key's first word alone may still be completed to a word of the index.
    expect(read('prakti').rewrites).toEqual(['prakti → praktik (completion)'])
  })

  test('a word of no key being typed is still corrected', () => {
    expect(read('social entreprenor')).toEqual({
      searched: 'social entreprenör',
      rewrites: ['entreprenor → entreprenör (diacritics)'],
    })
    // Followed by a word of no key, `mother` is no longer on its way to *mother tongue*.
    expect(read('mother projekt')).toEqual({
      searched: 'möter projekt',
      rewrites: ['mother → möter (typo)'],
    })
  })
})
