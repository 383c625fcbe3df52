import { describe, expect, test } from 'vitest'
import { MIN_SOLE_WORD_BEGINNING, soleWordBegun } from '../src/query-reading/sole-word-begun.js'

/** Lemmas of a few words, as the analyser gives them. */
const LEMMAS: Record<string, string> = {
  frågor: 'fråga',
  frågorna: 'fråga',
  frågeformulär: 'frågeformulär',
  gick: 'gå',
  gicks: 'gå',
}
const lemmaOf = (word: string) => LEMMAS[word] ?? word
const index = Object.keys(LEMMAS)
const begun = (beginning: string) => index.filter((word) => word.startsWith(beginning))

describe('soleWordBegun', () => {
  test('a beginning of the forms of one word only is that word', () => {
    expect(soleWordBegun('frågo', begun, lemmaOf, 32)).toBe('fråga')
  })

  test('a beginning of words of two families is left a beginning', () => {
    expect(soleWordBegun('fråg', begun, lemmaOf, 32)).toBeUndefined()
  })

  test('a short beginning, one of no word, or one of more words than listed is left alone', () => {
    expect(MIN_SOLE_WORD_BEGINNING).toBe(4)
    expect(soleWordBegun('frå', () => ['frågor'], lemmaOf, 32)).toBeUndefined()
    expect(soleWordBegun('xyzå', begun, lemmaOf, 32)).toBeUndefined()
    // Two listed of a limit of two: there may be more, of other families.
    expect(soleWordBegun('frågo', begun, lemmaOf, 2)).toBeUndefined()
  })

  test('a lemma that does not begin as the beginning does is no reading of it', () => {
    expect(soleWordBegun('gick', begun, lemmaOf, 32)).toBeUndefined()
  })

  test('a beginning that is the lemma itself is not rewritten into itself', () => {
    expect(
      soleWordBegun(
        'drop',
        () => ['dropout'],
        () => 'drop',
        32,
      ),
    ).toBeUndefined()
  })
})
