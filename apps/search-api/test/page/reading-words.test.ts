import { describe, expect, test } from 'vitest'
import { alsoSearched } from '../../src/page/app/reading-words.js'

describe('alsoSearched', () => {
  test("a word of its own's other spelling is shown within the query", () => {
    expect(
      alsoSearched('for unga', {
        term: 'for',
        replacement: 'för',
        source: 'diacritics',
        kind: 'added',
      }),
    ).toBe('för unga')
    expect(
      alsoSearched('far', { term: 'far', replacement: 'får', source: 'diacritics', kind: 'added' }),
    ).toBe('får')
  })

  test('a synonym or an abbreviation is shown by itself', () => {
    expect(
      alsoSearched('jobb för unga', {
        term: 'jobb',
        replacement: 'arbete',
        source: 'synonym',
        kind: 'added',
      }),
    ).toBe('arbete')
  })
})
