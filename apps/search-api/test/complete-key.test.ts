import { describe, expect, test } from 'vitest'
import {
  keyBegunBy,
  keyCompletingQuery,
  keyFirstWordBegun,
  withKeyAtEnd,
} from '../src/query-reading/complete-key.js'
import { createKeyTable } from '../src/query-reading/key-table.js'

const keys = createKeyTable(['neet', 'af', 'job coach', 'coaching', 'coach'])

/** The query completed to its key, as the reading searches it; `undefined` for no key. */
const completed = (words: readonly string[], table = keys, minKeyWords = 1) => {
  const key = keyCompletingQuery(words, table, minKeyWords)
  return key && withKeyAtEnd(words, key)
}

describe('keyCompletingQuery', () => {
  test('completes the word being typed to the key it begins, the shortest first', () => {
    expect(completed(['unga', 'nee'])).toBe('unga neet')
    expect(completed(['coa'])).toBe('coach')
    expect(keyCompletingQuery(['job', 'coac'], keys)?.key).toBe('job coach')
  })

  test('the key going on from more words typed wins over a shorter key', () => {
    // As in the list under the box: *supported employment* first, not *employability*.
    const table = createKeyTable(['employability', 'supported employment'])
    expect(completed(['supported', 'empl'], table)).toBe('supported employment')
    expect(completed(['unga', 'empl'], table)).toBe('unga employability')
  })

  test('a phrase key needs its other words before the one being typed', () => {
    expect(completed(['unga', 'coac'], createKeyTable(['job coach']))).toBeUndefined()
  })

  test('keys of fewer words than asked for are not completed to', () => {
    const table = createKeyTable(['transfer', 'green transition'])
    expect(completed(['green', 'trans'], table, 2)).toBe('green transition')
    expect(completed(['coa'], keys, 2)).toBeUndefined()
  })

  test('a key typed whole, or fewer than three letters, is not completed', () => {
    expect(completed(['neet'])).toBeUndefined()
    expect(completed(['ne'])).toBeUndefined()
  })

  test('the first word of a key is no completion: the key needs its last word', () => {
    expect(completed(['job'])).toBeUndefined()
  })
})

describe('withKeyAtEnd', () => {
  test('puts the key in place of the words it replaces, the others as they are', () => {
    const key = keyCompletingQuery(['green', 'trans'], createKeyTable(['green transition']))
    expect(key && withKeyAtEnd(['unga', 'gren', 'trans'], key)).toBe('unga green transition')
    expect(key && withKeyAtEnd(['trans'], key)).toBe('green transition')
  })
})

describe('keyBegunBy', () => {
  const table = createKeyTable(['green transition', 'job coach', 'job fair', 'transition', 'jobb'])

  test('the shortest key of several words that the word, typed in full, begins', () => {
    expect(keyBegunBy('green', table)?.key).toBe('green transition')
    expect(keyBegunBy('job', table)?.key).toBe('job fair')
  })

  test('no key: a key of one word, a later word of a key, a word half typed', () => {
    expect(keyBegunBy('jobb', table)).toBeUndefined()
    expect(keyBegunBy('transition', table)).toBeUndefined()
    expect(keyBegunBy('gree', table)).toBeUndefined()
  })
})

describe('keyFirstWordBegun', () => {
  const table = createKeyTable(['green transition', 'green jobs', 'job coach', 'transition'])

  test('the shortest key of several words whose first word the beginning begins', () => {
    expect(keyFirstWordBegun('gree', table)?.key).toBe('green jobs')
    expect(keyFirstWordBegun('gre', table)?.key).toBe('green jobs')
  })

  test('no key: a first word in full, a key of one word, a later word, two letters', () => {
    expect(keyFirstWordBegun('green', table)).toBeUndefined()
    expect(keyFirstWordBegun('transi', table)).toBeUndefined()
    expect(keyFirstWordBegun('coa', table)).toBeUndefined()
    expect(keyFirstWordBegun('gr', table)).toBeUndefined()
  })
})
