import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { createKeyTable } from '../src/query-reading/key-table.js'
import {
  keysBeingTyped,
  keyWordsTyped,
  wordsOfKeyBeingTyped,
} from '../src/query-reading/keys-being-typed.js'

const KEY_LIST = ['neet', 'job coach', 'coaching', 'supported employment', 'green transition']
const KEYS = createKeyTable(KEY_LIST)

/** The keys found, each as `key/replaces`, with `!` for one the typed word ends and `=` whole. */
const found = (words: readonly string[], beginnings = words.slice(-1), keys = KEY_LIST) =>
  keysBeingTyped(words, beginnings, createKeyTable(keys)).map(
    ({ key, replaces, endsKey, whole }) =>
      `${key}/${replaces}${endsKey ? '!' : ''}${whole ? '=' : ''}`,
  )

describe('keysBeingTyped', () => {
  test('the typed word begins a key of one word, or the last word of a longer one', () => {
    expect(found(['unga', 'nee'])).toEqual(['neet/1!'])
    expect(found(['job', 'coa'])).toEqual(['job coach/2!', 'coaching/1!'])
    expect(found(['green', 'trans'])).toEqual(['green transition/2!'])
  })

  test('the typed word begins the first word of a key: the key does not end yet', () => {
    expect(found(['suppor'])).toEqual(['supported employment/1'])
    // A first word typed in full still has the key's other words to come.
    expect(found(['green'])).toEqual(['green transition/1'])
  })

  test("a key's earlier words must be typed before the word being typed, as the key has them", () => {
    expect(found(['unga', 'coac'])).toEqual(['coaching/1!'])
    expect(found(['gren', 'trans'])).toEqual([])
    expect(found(['green', 'job', 'trans'])).toEqual([])
  })

  test('a key typed in full is whole; a shorter typed word begins the key', () => {
    expect(found(['green', 'transition'])).toEqual(['green transition/2!='])
    expect(found(['neet'])).toEqual(['neet/1!='])
    expect(found(['supported', 'employment'])).toEqual(['supported employment/2!='])
  })

  test('the latest of the key words the typed word may stand for counts', () => {
    // `a` begins both words of *abc abd*: the key goes on from two words typed.
    expect(found(['abc', 'ab'], ['ab'], ['abc abd'])).toEqual(['abc abd/2!'])
    expect(found(['ab'], ['ab'], ['abc abd'])).toEqual(['abc abd/1'])
  })

  test('a whole last word leaves the earlier key words still to try', () => {
    expect(found(['ab'], ['ab'], ['abc ab'])).toEqual(['abc ab/1'])
    expect(found(['abc', 'ab'], ['ab'], ['abc ab'])).toEqual(['abc ab/2!=', 'abc ab/1'])
  })

  test('any of the typed spellings may begin the key', () => {
    expect(found(['sprakc'], ['sprakc', 'språkc'], ['språkcafé'])).toEqual(['språkcafé/1!'])
    // One spelling whole and another one shorter: still on its way.
    expect(found(['neet'], ['neet', 'nee'])).toEqual(['neet/1!'])
  })

  test('no words, no keys', () => {
    expect(found([], [])).toEqual([])
    expect(found(['nee'], ['nee'], [])).toEqual([])
  })
})

describe('createKeyTable', () => {
  test('splits each key into its words once, lower case, each key once', () => {
    const table = createKeyTable(['NEET', 'green transition', 'neet', 'Green Deal'])
    expect(table.keys).toEqual([
      { key: 'neet', keyWords: ['neet'] },
      { key: 'green transition', keyWords: ['green', 'transition'] },
      { key: 'green deal', keyWords: ['green', 'deal'] },
    ])
    expect([...table.words]).toEqual(['neet', 'green', 'transition', 'deal'])
  })
})

describe('wordsOfKeyBeingTyped', () => {
  test('counts the words at the end that a key ends in, whole or on its way', () => {
    expect(wordsOfKeyBeingTyped(['unga', 'green', 'transiti'], KEYS)).toBe(2)
    expect(wordsOfKeyBeingTyped(['unga', 'green', 'transition'], KEYS)).toBe(2)
    expect(wordsOfKeyBeingTyped(['unga', 'nee'], KEYS)).toBe(1)
  })

  test('0 when the typed word only begins a key, or no key', () => {
    expect(wordsOfKeyBeingTyped(['unga', 'suppor'], KEYS)).toBe(0)
    expect(wordsOfKeyBeingTyped(['unga', 'kvinnor'], KEYS)).toBe(0)
    expect(wordsOfKeyBeingTyped([], KEYS)).toBe(0)
  })

  test('the longest key counts when several end the query', () => {
    expect(wordsOfKeyBeingTyped(['job', 'coach'], createKeyTable(['coach', 'job coach']))).toBe(2)
  })
})

describe('keyWordsTyped', () => {
  /** Each word with the key words it stands for, `…` after them when it only begins a first word. */
  const standsFor = (words: readonly string[]) =>
    Object.fromEntries(
      [...keyWordsTyped(words, KEYS)].map(([word, { keyWords, firstWordBegun }]) => [
        word,
        `${[...keyWords].join(' ')}${firstWordBegun ? '…' : ''}`,
      ]),
    )

  test("each word typed toward a key stands for the key's word in its place", () => {
    expect(standsFor(['unga', 'supported', 'empl'])).toEqual({
      supported: 'supported',
      empl: 'employment',
    })
    expect(standsFor(['green', 'transition'])).toEqual({ green: 'green', transition: 'transition' })
    expect(standsFor(['green'])).toEqual({ green: 'green' })
    expect(standsFor(['nee'])).toEqual({ nee: 'neet' })
  })

  test("a beginning of a key's first word alone is told apart", () => {
    expect(standsFor(['suppor'])).toEqual({ suppor: 'supported…' })
  })

  test('the key that goes on from the most words typed counts: `job coac` is not *coaching*', () => {
    expect(standsFor(['job', 'coac'])).toEqual({ job: 'job', coac: 'coach' })
    expect(standsFor(['unga', 'coac'])).toEqual({ coac: 'coaching' })
  })

  test('no key on its way, no word', () => {
    expect(standsFor(['unga', 'kvinnor'])).toEqual({})
    expect(standsFor(['gren', 'trans'])).toEqual({})
    expect(standsFor([])).toEqual({})
  })
})

describe('keysBeingTyped, found by bisection', () => {
  /** The rule read key by key, word by word: what the sorted table must find. */
  const byScan = (words: readonly string[], beginnings: readonly string[], keys: string[]) =>
    createKeyTable(keys).keys.flatMap(({ key, keyWords }) => {
      const found: string[] = []
      for (let at = Math.min(keyWords.length, words.length) - 1; at >= 0; at--) {
        const keyWord = keyWords[at] as string
        const begun = beginnings.filter((b) => keyWord.startsWith(b))
        if (begun.length === 0) continue
        if (!words.slice(words.length - 1 - at, -1).every((word, i) => word === keyWords[i])) {
          continue
        }
        const endsKey = at === keyWords.length - 1
        const whole = endsKey && begun.every((b) => b === keyWord)
        found.push(`${key}/${at + 1}${endsKey ? '!' : ''}${whole ? '=' : ''}`)
        if (!whole) break
      }
      return found
    })

  test('finds what reading every key word by word finds', () => {
    const word = fc.stringMatching(/^[ab]{1,3}$/u)
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { maxLength: 6 }),
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.array(fc.stringMatching(/^[ab]{0,3}$/u), { maxLength: 2 }),
        (keys, words, more) => {
          const keyTexts = keys.map((k) => k.join(' '))
          const beginnings = [words.at(-1) as string, ...more]
          expect(found(words, beginnings, keyTexts)).toEqual(byScan(words, beginnings, keyTexts))
        },
      ),
    )
  })
})
