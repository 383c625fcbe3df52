import { describe, expect, test } from 'vitest'
import { buildAutomaton } from '../scripts/lexicon/build-automaton.js'
import { encodeLexicon } from '../scripts/lexicon/encode-lexicon.js'
import { decodeLexicon } from '../src/lexicon/decode-lexicon.js'
import { analyzer } from './_analyzer.js'

const rows = [
  { form: 'fråga', lemma: 'fråga', compoundLemma: 'fråga', usage: 9, weight: 5 },
  { form: 'frågor', lemma: 'fråga', compoundLemma: 'fråga', usage: 9, weight: 5 },
  { form: 'frågorna', lemma: 'fråga', compoundLemma: 'fråga', usage: 9, weight: 5 },
  { form: 'samverkans', lemma: 'samverka', compoundLemma: 'samverkan', usage: 15, weight: 0 },
]

describe('lexicon file', () => {
  test('round-trips rows through encode and decode', () => {
    const lexicon = decodeLexicon(encodeLexicon(rows, { source: 'test' }))
    expect(lexicon.size).toBe(4)
    expect(lexicon.metadata).toEqual({ source: 'test' })
    expect(rows.map((row) => lexicon.rankOf(row.form))).toEqual([0, 1, 2, 3])
    expect(lexicon.lookup('frågorna')).toEqual({
      lemma: 'fråga',
      compoundLemma: 'fråga',
      usage: 9,
      weight: 5,
    })
    expect(lexicon.lookup('samverkans')).toEqual({
      lemma: 'samverka',
      compoundLemma: 'samverkan',
      usage: 15,
      weight: 0,
    })
    expect(lexicon.lookup('fråg')).toBeUndefined()
    expect(lexicon.lookup('frågorx')).toBeUndefined()
    expect(lexicon.lookup('')).toBeUndefined()
  })

  test('forEachFormAt finds every known prefix in one walk', () => {
    const lexicon = decodeLexicon(encodeLexicon(rows, {}))
    const found: [number, number][] = []
    lexicon.forEachFormAt('xfrågornas', 1, 10, (end, rank) => found.push([end, rank]))
    // "frågornas": "frågor" and "frågorna" are known, "fråga" is not a prefix of it.
    expect(found).toEqual([
      [7, 1],
      [9, 2],
    ])
  })

  test('someFormWithPrefix walks the forms beginning with a prefix in rank order', () => {
    const lexicon = decodeLexicon(encodeLexicon(rows, {}))
    const seen: [string, number][] = []
    const stopped = lexicon.someFormWithPrefix('fråg', (rest, rank) => {
      seen.push([rest, rank])
      return rest === 'or'
    })
    expect(stopped).toBe(true)
    expect(seen).toEqual([
      ['a', 0],
      ['or', 1],
    ])
    expect(lexicon.someFormWithPrefix('frågx', () => true)).toBe(false)
    expect(lexicon.someFormWithPrefix('', (rest) => rest === 'samverkans')).toBe(true)
  })

  test('decodes from an unaligned view', () => {
    const bytes = encodeLexicon(rows, {})
    const shifted = new Uint8Array(bytes.length + 1)
    shifted.set(bytes, 1)
    expect(decodeLexicon(shifted.subarray(1)).lookup('frågor')?.lemma).toBe('fråga')
  })

  test('rejects bytes that are not a lexicon, with what it found', () => {
    expect(() =>
      decodeLexicon(new TextEncoder().encode('hello, world! this is no lexicon at all....')),
    ).toThrow(
      'decodeLexicon: not a lexicon file (expected magic "PBLX", got 43 bytes starting 68 65 6c 6c)',
    )
  })

  test('rejects a truncated file', () => {
    const bytes = encodeLexicon(rows, {})
    expect(() => decodeLexicon(bytes.subarray(0, 80))).toThrow(/decodeLexicon: file truncated/u)
  })

  test('the automaton shares equal suffixes', () => {
    // "ab", "cb": both end in the same "b" state.
    const automaton = buildAutomaton([
      [1, 2],
      [3, 2],
    ])
    expect([automaton.stateCount, automaton.edgeCount]).toEqual([3, 3])
    expect(() =>
      buildAutomaton([
        [2, 1],
        [1, 2],
      ]),
    ).toThrow(/increasing order/u)
  })

  test('the bundled lexicon names its source and licence', () => {
    expect(analyzer.lexicon.metadata).toMatchObject({
      source: 'dictionary-sv@4.0.0',
      license: 'LGPL-3.0',
    })
    expect(analyzer.lexicon.size).toBe(831548)
  })
})
