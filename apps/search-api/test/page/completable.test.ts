import { describe, expect, test } from 'vitest'
import { mayBeCompleted } from '../../src/page/app/completable.js'
import { MIN_COMPLETED_PREFIX, typedWordAtEnd } from '../../src/query-reading/typed-word-at-end.js'

describe('mayBeCompleted', () => {
  test('a word being typed of at least the minimum is asked about', () => {
    expect(mayBeCompleted('ung', 3)).toBe(true)
    expect(mayBeCompleted('unga arb', 3)).toBe(true)
    expect(mayBeCompleted('Örnsk', 3)).toBe(true)
  })

  test('a shorter word, a space after the word or nothing at all is not', () => {
    expect(mayBeCompleted('un', 3)).toBe(false)
    expect(mayBeCompleted('unga ar', 3)).toBe(false)
    expect(mayBeCompleted('unga ', 3)).toBe(false)
    expect(mayBeCompleted('unga\t', 3)).toBe(false)
    expect(mayBeCompleted('', 3)).toBe(false)
    expect(mayBeCompleted('   ', 3)).toBe(false)
  })

  test('never says no where the API would complete', () => {
    const typed = [
      'unga arbetsf',
      'unga som ar',
      'unga-arb',
      'a-bc',
      'x"för un',
      '-arbe',
      'kvinnor 2019',
      'NEE',
      'ab ',
      'åäö',
    ]
    for (const q of typed) {
      if (typedWordAtEnd(q) !== undefined)
        expect(mayBeCompleted(q, MIN_COMPLETED_PREFIX)).toBe(true)
    }
    expect(typed.filter((q) => typedWordAtEnd(q) !== undefined)).toEqual([
      'unga arbetsf',
      'unga-arb',
      'a-bc',
      'NEE',
      'åäö',
    ])
  })
})
