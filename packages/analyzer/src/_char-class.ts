/**
 * Character classes for the tokeniser. Code units below U+0250 (Latin) are looked up in a
 * table built once; everything else is classified on demand with Unicode property escapes.
 *
 * @example
 * (classify('Å', 0) & LETTER) !== 0 // true
 */
const OTHER = 0
/** A letter or combining mark. */
export const LETTER = 1
/** A digit (any script). */
export const DIGIT = 2
/** Letter that needs no normalisation (already lower-case, precomposed). */
export const PLAIN = 4
/** Inside a word but dropped from the normalised text (soft hyphen, zero-width joiners). */
export const IGNORABLE = 8

/** Classes of the code units below U+0250. */
export const LATIN_CLASSES = new Uint8Array(0x250)
for (let code = 0; code < LATIN_CLASSES.length; code++) {
  const char = String.fromCharCode(code)
  if (/\p{N}/u.test(char)) LATIN_CLASSES[code] = DIGIT | (code < 0x80 ? PLAIN : 0)
  else if (/[\p{L}\p{M}]/u.test(char)) {
    LATIN_CLASSES[code] = LETTER | (char === char.toLowerCase() && /\p{Ll}/u.test(char) ? PLAIN : 0)
  }
}
LATIN_CLASSES[0xad] = IGNORABLE

const WORD_PATTERN = /^[\p{L}\p{M}]$/u
const NUMBER_PATTERN = /^\p{N}$/u

/** Class of the code point at `index` (a lone surrogate is OTHER). */
export function classify(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code < 0x250) return LATIN_CLASSES[code] as number
  if (code === 0x200c || code === 0x200d) return IGNORABLE // zero-width (non-)joiners
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(index) ?? code
    if (point === code) return OTHER // lone high surrogate
    const char = String.fromCodePoint(point)
    return WORD_PATTERN.test(char) ? LETTER : NUMBER_PATTERN.test(char) ? DIGIT : OTHER
  }
  if (code >= 0xdc00 && code <= 0xdfff) return OTHER // lone low surrogate
  const char = String.fromCharCode(code)
  return WORD_PATTERN.test(char) ? LETTER : NUMBER_PATTERN.test(char) ? DIGIT : OTHER
}

/** Length in code units of the code point at `index`: 2 for a surrogate pair, else 1. */
export const width = (text: string, index: number): number => {
  const code = text.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1)
    if (next >= 0xdc00 && next <= 0xdfff) return 2
  }
  return 1
}
