import { describe, expect, test } from 'vitest'
import { CASE_SAFE, needleFinder, prepareNeedles } from '../src/highlight/_needle-search.js'

/** Every UTF-16 code unit that CASE_SAFE admits on its own. */
const SAFE_CHARS = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter(
  (char) => CASE_SAFE.test(char),
)

describe('CASE_SAFE', () => {
  test('holds Latin letters and general punctuation, not İ or ſ', () => {
    expect(SAFE_CHARS.length).toBe(0x250 + 0x70 - 2)
    expect(['a', 'Å', 'ä', 'Ö', 'é', '–', '’', '•', '\n'].every((c) => CASE_SAFE.test(c))).toBe(
      true,
    )
    expect(['İ', 'ſ', 'Σ', 'µ€', '😀'].some((c) => CASE_SAFE.test(c))).toBe(false)
  })

  test('for every pair of its characters the pattern agrees with lower-casing', () => {
    const disagreements: string[] = []
    for (const char of SAFE_CHARS) {
      if (char.toLocaleLowerCase('sv').length !== 1) disagreements.push(`${char} changes length`)
    }
    for (const needle of SAFE_CHARS.filter((c) => c === c.toLocaleLowerCase('sv'))) {
      const pattern = prepareNeedles([needle]).pattern
      if (pattern === undefined) {
        disagreements.push(`${needle} has no pattern`)
        continue
      }
      for (const char of SAFE_CHARS) {
        pattern.lastIndex = 0
        if (pattern.test(char) !== (char.toLocaleLowerCase('sv') === needle)) {
          disagreements.push(`${char} / ${needle}`)
        }
      }
    }
    expect(disagreements).toEqual([])
  })
})

describe('needleFinder', () => {
  test('finds the first needle at or after an offset, whatever the case', () => {
    const first = needleFinder(
      'Tre KOMMUNER och Frågor, kommunen',
      prepareNeedles(['kommun', 'frå']),
    )
    expect([first(0), first(5), first(18), first(30)]).toEqual([4, 17, 25, -1])
  })

  test('texts or needles outside CASE_SAFE are lowered and searched as before', () => {
    // Σ at a word's end lowers to ς, which the pattern would take for σ (they fold alike).
    const sigma = '\u03bf\u03b4\u03bf\u03c3' // οδοσ, with the non-final σ
    expect(prepareNeedles([sigma]).pattern).toBeUndefined()
    expect(needleFinder('ΟΔΟΣ och ΟΔΟΣ', prepareNeedles([sigma]))(0)).toBe(-1)
    expect(needleFinder('ΟΔΟΣ och ΟΔΟΣ', prepareNeedles(['\u03bf\u03b4\u03bf']))(1)).toBe(9)
    // "İ" lowers to two code units: offsets after it are those of the lowered text.
    expect(needleFinder('İ kommun', prepareNeedles(['kommun']))(0)).toBe(3)
  })
})
