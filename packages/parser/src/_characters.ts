/**
 * Per-character facts for the hot scanning loops, as one table lookup instead of regexes: a
 * Unicode property regex per character costs far more than the scan itself. The table is
 * filled lazily, the first time a code unit is seen, from the same Unicode properties the
 * regexes use (`[\p{L}\p{N}]`, `\p{L}`, `\s`).
 */

/** Low 16 bits of an info word: the lower-case code unit (the unit itself when lower-casing changes the length, as for `İ`). */
export const LOWER_MASK = 0xffff
/** Letter or digit: the `[\p{L}\p{N}]` of a word boundary. */
export const WORD = 1 << 16
/** A letter, `\p{L}`. */
export const LETTER = 1 << 17
/** White space as the regex `\s` sees it. */
export const SPACE = 1 << 18
/** Half of a surrogate pair: the code point decides, see {@link isWordCharAt}. */
export const SURROGATE = 1 << 19
const KNOWN = 1 << 20

const INFO = new Int32Array(0x10000)

function lookUp(code: number): number {
  const char = String.fromCharCode(code)
  const lower = char.toLowerCase()
  let info = KNOWN | (lower.length === 1 ? lower.charCodeAt(0) : code)
  if (code >= 0xd800 && code <= 0xdfff) info |= SURROGATE
  else {
    if (/^[\p{L}\p{N}]$/u.test(char)) info |= WORD
    if (/^\p{L}$/u.test(char)) info |= LETTER
    if (/^\s$/.test(char)) info |= SPACE
  }
  INFO[code] = info
  return info
}

/**
 * The info word of a UTF-16 code unit: lower-case form and WORD, LETTER, SPACE, SURROGATE bits.
 *
 * @example
 * infoOf(0xc5) & LOWER_MASK // 0xe5 (Å → å)
 * (infoOf(0x20) & SPACE) !== 0 // true
 */
export function infoOf(code: number): number {
  const info = INFO[code] ?? 0
  return info !== 0 ? info : lookUp(code)
}

/** WORD and LETTER of the code point a surrogate belongs to (none for a lone surrogate). */
function pairInfo(text: string, index: number): number {
  const code = text.charCodeAt(index)
  const start = code >= 0xdc00 ? index - 1 : index
  const high = text.charCodeAt(start)
  const low = text.charCodeAt(start + 1)
  if (!(high >= 0xd800 && high < 0xdc00 && low >= 0xdc00 && low <= 0xdfff)) return 0
  const char = String.fromCodePoint(text.codePointAt(start) ?? 0)
  return (/^[\p{L}\p{N}]$/u.test(char) ? WORD : 0) | (/^\p{L}$/u.test(char) ? LETTER : 0)
}

/**
 * Whether the character at `index` (a whole code point, surrogate pairs included) is a letter
 * or a digit.
 *
 * @example
 * isWordCharAt('på', 1) // true
 */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false
  const info = infoOf(text.charCodeAt(index))
  return (info & SURROGATE) === 0 ? (info & WORD) !== 0 : (pairInfo(text, index) & WORD) !== 0
}

/**
 * How many code units the letter at `index` takes: 0 when it is no letter, 2 for a letter
 * outside the BMP.
 *
 * @example
 * letterLengthAt('ab', 0) // 1
 */
export function letterLengthAt(text: string, index: number): number {
  if (index >= text.length) return 0
  const code = text.charCodeAt(index)
  const info = infoOf(code)
  if ((info & SURROGATE) === 0) return (info & LETTER) !== 0 ? 1 : 0
  return code < 0xdc00 && (pairInfo(text, index) & LETTER) !== 0 ? 2 : 0
}
