import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { foldDiacritics, hasDiacritics } from '../src/query/fold-diacritics.js'
import {
  createDiacriticRestorer,
  type DiacriticVocabulary,
} from '../src/query/restore-diacritics.js'
import { analyzer } from './_analyzer.js'

const restore = createDiacriticRestorer(analyzer.lexicon)
const restored = (word: string) => restore(word)?.restored

describe('foldDiacritics', () => {
  test('writes å/ä as a, ö as o, é as e and keeps the rest', () => {
    expect(foldDiacritics('örnsköldsvik')).toBe('ornskoldsvik')
    expect(foldDiacritics('häråå idé')).toBe('haraa ide')
    expect(hasDiacritics('umeå')).toBe(true)
    expect(hasDiacritics('umea')).toBe(false)
  })
})

describe('the lexicon walks folded text', () => {
  test('forEachFoldedFormAt visits every spelling of a folded prefix', () => {
    const found: string[] = []
    analyzer.lexicon.forEachFoldedFormAt('overgang', 0, 8, (end, rank, form) => {
      expect(analyzer.lexicon.rankOf(form)).toBe(rank)
      expect(end).toBe(form.length)
      found.push(form)
    })
    expect(found).toContain('över')
    expect(found).toContain('övergång')
  })
})

describe('createDiacriticRestorer on the lexicon alone', () => {
  test('restores places, words and compounds typed without å/ä/ö', () => {
    expect(restore('orebro')).toEqual({
      word: 'orebro',
      restored: 'örebro',
      ownWord: false,
      source: 'lexicon',
    })
    expect(restored('ornskoldsvik')).toBe('örnsköldsvik')
    expect(restored('gavle')).toBe('gävle')
    expect(restored('umea')).toBe('umeå')
    expect(restored('forsorjningsstod')).toBe('försörjningsstöd')
    expect(restored('overgang')).toBe('övergång')
    expect(restored('lakare')).toBe('läkare')
    // Compounds the lexicon does not list whole, restored part by part.
    expect(restored('sprakstod')).toBe('språkstöd')
    expect(restored('ungdomsarbetsloshet')).toBe('ungdomsarbetslöshet')
    expect(restored('kompetensforsorjning')).toBe('kompetensförsörjning')
    // A folded compound that also splits into nonsense of its own letters is still restored.
    expect(restore('sjukskoterskor')).toMatchObject({ restored: 'sjuksköterskor', ownWord: false })
  })

  test('a word of its own keeps its meaning first: far, har, mal', () => {
    expect(restore('far')).toMatchObject({ restored: 'får', ownWord: true })
    expect(restore('mal')).toMatchObject({ restored: 'mål', ownWord: true })
    expect(restore('har')?.ownWord).toBe(true)
  })

  test('a stop word typed without å/ä/ö is the stop word, not a rarer word', () => {
    expect(restore('fran')).toEqual({
      word: 'fran',
      restored: 'från',
      ownWord: false,
      source: 'lexicon',
    })
    expect(restored('nagra')).toBe('några')
    // A word of its own still comes first; the stop word only second.
    expect(restore('for')).toMatchObject({ restored: 'för', ownWord: true })
  })

  test('leaves words with nothing to restore alone', () => {
    for (const word of ['unga', 'kommun', 'projekt', 'samverkan', 'kvinnor', 'hemmasittare']) {
      expect(restore(word)).toBeUndefined()
    }
    expect(restore('')).toBeUndefined()
    expect(restore('2014')).toBeUndefined()
    expect(restore('Umea')).toBeUndefined() // lower case only: the caller normalises
  })
})

describe('createDiacriticRestorer with an index vocabulary', () => {
  const vocabulary: DiacriticVocabulary = {
    formsOf: (folded) =>
      ({ far: ['får', 'fär'], mal: ['mål'], lan: ['län', 'lån'], laxa: ['laxå'] })[folded] ?? [],
    has: (word) => ['far', 'får', 'mål', 'län', 'lån', 'laxå'].includes(word),
  }
  const withIndex = createDiacriticRestorer(analyzer.lexicon, { vocabulary })

  test('the vocabulary picks the spelling, most frequent first', () => {
    expect(withIndex('lan')).toEqual({
      word: 'lan',
      restored: 'län',
      ownWord: false,
      source: 'vocabulary',
    })
    // The lexicon alone would say "läxa"; the index holds the municipality Laxå.
    expect(withIndex('laxa')?.restored).toBe('laxå')
    expect(restore('laxa')?.restored).toBe('läxa')
  })

  test('a stop word wins over the index, which never holds one', () => {
    const holdsNar: DiacriticVocabulary = {
      formsOf: (folded) => (folded === 'nar' ? ['når'] : []),
      has: (word) => word === 'når',
    }
    const restoreNar = createDiacriticRestorer(analyzer.lexicon, { vocabulary: holdsNar })
    expect(restoreNar('nar')).toMatchObject({ restored: 'när', ownWord: false })
  })

  test('a word the index holds as typed keeps its own meaning first', () => {
    expect(withIndex('far')).toMatchObject({ restored: 'får', ownWord: true })
    // "mal" is not in this index, but it is a Swedish word: "mål" still comes second only.
    expect(withIndex('mal')).toMatchObject({ restored: 'mål', ownWord: true })
  })

  test('a word of its own the index counts more often than its respelling stays as typed', () => {
    const counts: Record<string, number> = { stad: 8, städ: 1, far: 3, får: 30 }
    const counted: DiacriticVocabulary = {
      formsOf: (folded) => ({ stad: ['städ'], far: ['får'] })[folded] ?? [],
      has: (word) => word in counts,
      count: (word) => counts[word] ?? 0,
    }
    const withCounts = createDiacriticRestorer(analyzer.lexicon, { vocabulary: counted })
    // "stockholms stad" is not also searched as *städ* (anvil, or cleaning).
    expect(withCounts('stad')).toBeUndefined()
    // The texts write *får* more often than *far*: it is still searched second.
    expect(withCounts('far')).toMatchObject({ restored: 'får', ownWord: true })
    // Without counts, the respelling is searched second as before.
    expect(withIndex('far')).toMatchObject({ restored: 'får', ownWord: true })
  })
})

describe('property: a word that already has its diacritics is never changed', () => {
  const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäöé')
  const word = fc.array(letters, { minLength: 1, maxLength: 20 }).map((chars) => chars.join(''))
  const swedish = fc.constantFrom(
    'örebro',
    'umeå',
    'försörjningsstöd',
    'får',
    'mål',
    'här',
    'språkstöd',
    'västerbotten',
    'idé',
  )

  test('restoring returns nothing for any word with å, ä, ö or é', () => {
    fc.assert(
      fc.property(fc.oneof(word, swedish), (candidate) => {
        if (!hasDiacritics(candidate)) return
        expect(restore(candidate)).toBeUndefined()
      }),
      { numRuns: 2000 },
    )
  })

  test('a restored spelling always folds back to the word as typed', () => {
    fc.assert(
      fc.property(word, (candidate) => {
        const result = restore(foldDiacritics(candidate))
        if (result !== undefined) expect(foldDiacritics(result.restored)).toBe(result.word)
      }),
      { numRuns: 500 },
    )
  })
})
