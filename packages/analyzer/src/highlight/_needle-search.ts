/**
 * The characters for which a case-insensitive pattern (`/…/iu`, Unicode simple case folding)
 * finds exactly what `toLocaleLowerCase('sv')` followed by `indexOf` finds: Latin letters
 * (U+0000–U+024F) and general punctuation (U+2000–U+206F: dashes, quotes, bullets), less "İ"
 * (lowers to two code units, which shifts offsets) and "ſ" (folds to "s" but lowers to itself).
 * `needle-search.test.ts` checks every pair of them.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at U+0000 on purpose
export const CASE_SAFE = /^[\u0000-\u012f\u0131-\u017e\u0180-\u024f\u2000-\u206f]*$/u

/**
 * A query's needles (lower-case substrings a match must contain), with one pattern for all of
 * them when their characters allow it.
 *
 * @example
 * prepareNeedles(['kommun', 'frå']).pattern // /\u{6b}\u{6f}…|\u{66}\u{72}\u{e5}/giu
 */
export interface Needles {
  readonly list: readonly string[]
  /** All needles as one case-insensitive pattern; `undefined` when a needle is not {@link CASE_SAFE}. */
  readonly pattern: RegExp | undefined
}

/** @see Needles */
export function prepareNeedles(list: readonly string[]): Needles {
  const usable = list.length > 0 && list.every((needle) => CASE_SAFE.test(needle))
  const escaped = list.map((needle) =>
    [...needle].map((char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`).join(''),
  )
  return { list, pattern: usable ? new RegExp(escaped.join('|'), 'giu') : undefined }
}

/**
 * Finds needles in `text` as if in `text.toLocaleLowerCase('sv')`: the returned function gives
 * the first index ≥ `from` at which any needle occurs, or -1. Lowering every text of a search
 * answer in full was a fifth of the snippet work; a text of {@link CASE_SAFE} characters is
 * searched with the needles' pattern instead, as lowering would find, offsets included.
 *
 * @example
 * const first = needleFinder('Tre KOMMUNER deltar', prepareNeedles(['kommun']))
 * first(0) // 4
 */
export function needleFinder(text: string, needles: Needles): (from: number) => number {
  const { pattern, list } = needles
  if (pattern !== undefined && CASE_SAFE.test(text)) {
    return (from) => {
      pattern.lastIndex = from
      return pattern.exec(text)?.index ?? -1
    }
  }
  const lower = text.toLocaleLowerCase('sv')
  return (from) => {
    let first = -1
    for (const needle of list) {
      const at = lower.indexOf(needle, from)
      if (at >= 0 && (first < 0 || at < first)) first = at
    }
    return first
  }
}
