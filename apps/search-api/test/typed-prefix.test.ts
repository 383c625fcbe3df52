import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { describe, expect, test } from 'vitest'
import { buildPrefixIndex, restoreTypedPrefix } from '../src/query-reading/typed-prefix.js'
import { buildVocabulary } from '../src/query-reading/vocabulary.js'
import { createSwedishSearchAnalyzer } from '../src/swedish-analyzer.js'
import { plannedQueries } from './_plan-queries.js'

/** An index's words with their document counts, as the indexer writes them. */
const words = [
  ['örebro', 4],
  ['örebroregionen', 1],
  ['öregrund', 1],
  ['arbetslöshet', 9],
  ['gävle', 3],
  ['gäller', 20],
  ['galler', 1],
  ['får', 12],
  ['far', 2],
  ['förening', 5],
  ['föräldrar', 8],
  ['förändring', 6],
] as const

describe('buildPrefixIndex', () => {
  const index = buildPrefixIndex(words)

  test('knows which beginnings some word has as spelled', () => {
    expect(index.hasWordStartingWith('arbetsl')).toBe(true)
    expect(index.hasWordStartingWith('gal')).toBe(true)
    expect(index.hasWordStartingWith('orebr')).toBe(false)
    expect(index.hasWordStartingWith('örebr')).toBe(true)
  })

  test('lists the words that begin as spelled, in order, up to a limit', () => {
    expect(index.wordsStartingWith('för', 10)).toEqual(['förening', 'föräldrar', 'förändring'])
    expect(index.wordsStartingWith('för', 2)).toEqual(['förening', 'föräldrar'])
    expect(index.wordsStartingWith('fora', 10)).toEqual([])
  })

  test('respells a folded beginning as the words that begin so, weights summed', () => {
    expect(index.respelledPrefix('orebr')).toBe('örebr')
    expect(index.respelledPrefix('ore')).toBe('öre')
    // föräldrar 8 + förändring 6 against förening 5: both begin *förä* once folded.
    expect(index.respelledPrefix('fora')).toBe('förä')
    expect(index.respelledPrefix('fore')).toBe('före')
    expect(index.respelledPrefix('xyz')).toBeUndefined()
  })

  test('a beginning whose diacritics come only after it is not respelled', () => {
    expect(index.respelledPrefix('arbetsl')).toBeUndefined()
  })
})

describe('restoreTypedPrefix', () => {
  const index = buildPrefixIndex(words)
  const places = buildPrefixIndex([
    ['örnsköldsvik', 1],
    ['umeå', 1],
  ])

  test('a beginning typed without å/ä/ö that no word has is respelled', () => {
    expect(restoreTypedPrefix('orebr', [index, places])).toBe('örebr')
    expect(restoreTypedPrefix('ornsk', [index, places])).toBe('örnsk')
  })

  test('a beginning some word has as typed stays: the user may mean that word', () => {
    expect(restoreTypedPrefix('gal', [index, places])).toBeUndefined()
    expect(restoreTypedPrefix('far', [index, places])).toBeUndefined()
    expect(restoreTypedPrefix('arbetsl', [index, places])).toBeUndefined()
  })

  test('a place name does not hold back a respelling of words the index has', () => {
    // *Alvesta*, a place no text names, once kept `alv` as typed, and it found nothing.
    const texts = buildPrefixIndex([['älvsbyn', 2]])
    const alvesta = buildPrefixIndex([['alvesta', 1]])
    expect(restoreTypedPrefix('alv', [texts, alvesta])).toBe('älv')
    // A place name the texts write is one of their words, and is typed as it is.
    const both = buildPrefixIndex([
      ['älvsbyn', 2],
      ['alvesta', 1],
    ])
    expect(restoreTypedPrefix('alv', [both, alvesta])).toBeUndefined()
    // Without a respelling in the texts, a place name that begins so still keeps it.
    expect(restoreTypedPrefix('alv', [index, alvesta])).toBeUndefined()
  })

  test('short, spelled or non-letter beginnings are left alone', () => {
    expect(restoreTypedPrefix('or', [index, places])).toBeUndefined()
    expect(restoreTypedPrefix('örebr', [index, places])).toBeUndefined()
    expect(restoreTypedPrefix('ore1', [index, places])).toBeUndefined()
  })
})

describe('the word being typed, read by the search analyser', () => {
  const analyzer = loadSwedishAnalyzer()
  const vocabulary = buildVocabulary(words)
  const search = createSwedishSearchAnalyzer(analyzer, { vocabulary: () => vocabulary })

  test('the last word, still being typed, is respelled and searched as a prefix', () => {
    const read = search.analyzeQuery('orebr')
    expect(read.reading).toEqual({
      searched: 'örebr',
      rewrites: [{ term: 'orebr', replacement: 'örebr', source: 'diacritics', kind: 'replaced' }],
    })
    const plan = plannedQueries(read)
    // The raw query ends with the beginning, with no space: Meilisearch's prefix finds *örebro*.
    expect(plan[0]?.q).toBe('örebr')
  })

  test('several words: only the last one is a beginning', () => {
    expect(search.analyzeQuery('unga orebr').reading.searched).toBe('unga örebr')
    expect(search.analyzeQuery('orebr unga').reading.rewrites).toEqual([])
  })

  test('a word followed by a space is finished: it is not respelled as a beginning', () => {
    expect(search.analyzeQuery('orebr ').reading.rewrites).toEqual([])
  })

  test('phrases and exclusions are not beginnings', () => {
    expect(search.analyzeQuery('"orebr"').reading.rewrites).toEqual([])
    expect(search.analyzeQuery('unga -orebr').reading.rewrites).toEqual([])
  })

  test('place names respell a beginning the index lacks', () => {
    // The one place it begins: read as that name, as the finished word will be.
    expect(search.analyzeQuery('ornskol').reading.searched).toBe('örnsköldsvik')
    expect(search.analyzeQuery('ornskol').reading.rewrites.map((r) => r.source)).toEqual([
      'diacritics',
      'completion',
    ])
  })

  test('a half word reaches the twins as typed, a beginning of their words and parts', () => {
    const read = search.analyzeQuery('unga exper')
    // Not the lemma of a half word (*exp*): the twins hold *expert* of *tillgänglighetsexpert*.
    expect(read.analysed).toBe('unga exper')
    expect(read.analysedEndsInPrefix).toBe(true)
    const plan = plannedQueries(read)
    // No space after it: Meilisearch reads the twins' last word as a beginning too.
    expect(plan[1]?.q).toBe('unga exper')
  })

  test('a word is searched whole on the twins, finished or not, known or compound', () => {
    for (const q of ['exper ', 'koordinat', 'digitalkompetens', 'unga']) {
      expect(search.analyzeQuery(q).analysedEndsInPrefix).toBeUndefined()
    }
    expect(search.analyzeQuery('digitalkompetens').analysed).toBe('digitalkompetens')
  })

  test('a word of the lexicon that no text writes, but that begins index words, is a beginning', () => {
    const written = buildVocabulary([
      ...words,
      ['unga', 5],
      ['försörja', 2],
      ['försörjning', 4],
      ['försörjningsstöd', 1],
    ])
    const typing = createSwedishSearchAnalyzer(analyzer, { vocabulary: () => written })
    // *försörj* is the imperative of *försörja*: read as that word, it found only the verb.
    const read = typing.analyzeQuery('unga försörj')
    expect(read.analysed).toBe('unga försörj')
    expect(read.analysedEndsInPrefix).toBe(true)
    // Finished with a space, it is the word again, searched as its lemma.
    expect(typing.analyzeQuery('unga försörj ').analysedEndsInPrefix).toBeUndefined()
    expect(typing.analyzeQuery('unga försörj ').analysed).toBe('unga försörja')
    // A word the index holds stays that word: `far` is no beginning of *farlig*.
    expect(typing.analyzeQuery('far').analysedEndsInPrefix).toBeUndefined()
  })

  test('a beginning some word has may be a compound on its way: its parts are searched too', () => {
    const compounds = buildVocabulary([
      ['jobbmatchning', 1],
      ['jobbmatchningsmodell', 1],
      ['jobb', 9],
      ['matchning', 6],
      ['yrkeshögskola', 2],
      ['yrkeshögskoleutbildning', 1],
      ['yrke', 8],
      ['högskola', 3],
    ])
    const typing = createSwedishSearchAnalyzer(analyzer, { vocabulary: () => compounds })
    const read = typing.analyzeQuery('jobbmatchn')
    expect(read.analysed).toBe('jobbmatchn')
    // Texts write *jobb* and *matchning* apart too; the next part is still a beginning.
    expect(read.spelledOut).toBe('jobb matchn')
    expect(read.spelledOutEndsInPrefix).toBe(true)
    expect(plannedQueries(read).map((q) => q.q)).toContain('jobb matchn')
    // The lexicon reads `jobbmat` as *jobb* + *mat* (food); no text writes it, and
    // *jobbmatchning* begins with it: a compound on its way, not a finished one.
    expect(typing.analyzeQuery('jobbmat').spelledOut).toBe('jobb mat')
    expect(typing.analyzeQuery('jobbmat').spelledOutEndsInPrefix).toBe(true)
    // Two letters of the next part begin too many words: `hö` of *högskola*, *höst*, *hög* …
    expect(typing.analyzeQuery('yrkeshö').spelledOut).toBeUndefined()
    expect(typing.analyzeQuery('yrkeshög').spelledOut).toBe('yrke hög')
  })

  test('a beginning some word has wins over a restored word the index never has', () => {
    const index = buildVocabulary([
      ['angelägen', 2],
      ['angelägna', 1],
      ['angelägenhet', 1],
    ])
    const typing = createSwedishSearchAnalyzer(analyzer, { vocabulary: () => index })
    // *ängel* is the lexicon's word for `angel` typed without dots; no text has it.
    expect(typing.analyzeQuery('angel').reading.searched).toBe('angel')
    expect(typing.analyzeQuery('angel').analysedEndsInPrefix).toBe(true)
    // Finished with a space, it is read as the word again.
    expect(typing.analyzeQuery('angel ').reading.searched).toBe('ängel')
  })

  test('a beginning of the forms of one word only is read as that word, and says so', () => {
    const index = buildVocabulary([
      ['unga', 5],
      ['frågor', 3],
      ['frågorna', 2],
      ['frågeformulär', 1],
    ])
    const typing = createSwedishSearchAnalyzer(analyzer, { vocabulary: () => index })
    // *frågor* and *frågorna* are forms of *fråga*: the finished word's sheets, all of them.
    const read = typing.analyzeQuery('unga frågo')
    expect(read.reading).toEqual({
      searched: 'unga fråga',
      rewrites: [{ term: 'frågo', replacement: 'fråga', source: 'completion', kind: 'replaced' }],
    })
    // `fråg` also begins *frågeformulär*: still a beginning.
    expect(typing.analyzeQuery('unga fråg').reading.rewrites).toEqual([])
    expect(typing.analyzeQuery('unga fråg').analysedEndsInPrefix).toBe(true)
    // Finished with a space, it is no beginning but a word no text has, left out.
    expect(
      typing.analyzeQuery('unga frågo ').reading.rewrites.map((rewrite) => rewrite.source),
    ).toEqual(['index'])
  })

  test('a word typed whole that is the one word it begins is no rewrite to tell', () => {
    const index = buildVocabulary([
      ['supported', 2],
      ['employment', 2],
    ])
    const typing = createSwedishSearchAnalyzer(analyzer, { vocabulary: () => index })
    // The page would say "Visar resultat för supported" to someone who typed just that.
    expect(typing.analyzeQuery('supported').reading).toEqual({
      searched: 'supported',
      rewrites: [],
    })
    const whole = typing.analyzeQuery('supported employment').reading
    expect(whole.searched).toBe('supported employment')
    expect(whole.rewrites.filter((rewrite) => rewrite.kind === 'replaced')).toEqual([])
    // Half typed, it is still completed and says so.
    expect(typing.analyzeQuery('supporte').reading.rewrites).toEqual([
      { term: 'supporte', replacement: 'supported', source: 'completion', kind: 'replaced' },
    ])
  })

  test('the word being typed that ends a table key after words typed in full stays as typed', () => {
    const index = buildVocabulary([
      ['trä', 2],
      ['transport', 1],
      ['grön', 3],
      ['omställning', 2],
    ])
    const typing = createSwedishSearchAnalyzer(analyzer, { vocabulary: () => index })
    // `tra` alone is *trä* (wood); after `green` it is on its way to *green transition*, which
    // the list under the box offers, and *green trä* found nothing.
    const read = typing.analyzeQuery('green tra')
    expect(read.reading.searched).toBe('green tra')
    expect(read.reading.rewrites.map((r) => [r.term, r.replacement, r.kind])).toEqual([
      ['green transition', 'grön omställning', 'added'],
    ])
    expect(typing.analyzeQuery('tra').reading.searched).toBe('trä')
    // Finished with a space, it is no longer on its way anywhere.
    const finished = typing.analyzeQuery('green tra ').reading.rewrites
    expect(finished.map((r) => [r.term, r.replacement])).toContainEqual(['tra', 'trä'])
  })

  test('the word being typed reads as the key it begins, whatever the words before it read as', () => {
    const index = buildVocabulary([
      ['unga', 9],
      ['utan', 7],
      ['neet', 1],
    ])
    const typing = createSwedishSearchAnalyzer(analyzer, { vocabulary: () => index })
    const read = (q: string) =>
      typing.analyzeQuery(q).reading.rewrites.map((r) => `${r.term}→${r.replacement}`)
    const neet = 'neet→unga som varken arbetar eller studerar'
    expect(read('unga utan nee')).toContain(neet)
    // Was lost when a word before it had a reading of its own (*ungdomar* → *unga*).
    expect(read('ungdomar utan nee')).toEqual(expect.arrayContaining(['ungdomar→unga', neet]))
    // Finished with a space, it is no longer on its way anywhere.
    expect(read('ungdomar utan nee ')).not.toContain(neet)
  })

  test('a compound being typed reads its parts typed in full, the beginning kept', () => {
    const index = buildVocabulary([
      ['matchning', 4],
      ['arbete', 9],
      ['barnfattigdom', 2],
    ])
    const typing = createSwedishSearchAnalyzer(analyzer, { vocabulary: () => index })
    // `jobbmatc` is no word and nothing begins with it: *jobb* `matc…`, and *jobb*'s readings
    // with `matc` still a beginning. Was: no reading, and nothing found on the eval sheets.
    const read = typing.analyzeQuery('jobbmatc')
    expect(read.reading.rewrites.map((r) => `${r.term}→${r.replacement}`)).toContain('jobb→arbete')
    expect(read.expanded).toContain('arbete matc')
    expect(read.expandedEndsInPrefix).toBe(true)
    const arbete = plannedQueries(read).find((q) => q.q?.startsWith('arbete'))
    expect(arbete?.q).toBe('arbete matc')
    // A last part the tables read stands as the word's reading (*fattig*, of *barnfattigdom*).
    const poor = typing.analyzeQuery('barnfattig')
    expect(poor.expanded).toEqual(['barn ekonomisk utsatthet', 'barn ekonomisk utsatt'])
    expect(poor.expandedEndsInPrefix).toBeUndefined()
    // Finished, the word is searched whole.
    expect(typing.analyzeQuery('jobbmatc ').expandedEndsInPrefix).toBeUndefined()
  })

  test('a whole word restored as before wins over its beginning', () => {
    expect(search.analyzeQuery('orebro').reading.searched).toBe('örebro')
    expect(search.analyzeQuery('gavle').reading.searched).toBe('gävle')
  })
})
