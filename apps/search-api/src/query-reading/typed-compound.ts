import { FORM_BEGINS_COMPOUND, type Lexicon } from '@projektbank/analyzer'

/**
 * The fewest letters of the part being typed: two already narrow a beginning that must also
 * stand in the same text as the first part (`äldrevå` → *äldre* + `vå…`).
 */
export const MIN_TYPED_PART = 2

/** A compound being typed: its first part as a word, and the beginning of the next. */
export interface TypedCompound {
  /** The first part's base form as a compound part (`omsorgs` → *omsorg*). */
  readonly head: string
  /** What is typed of the next part, a beginning of some word of the index. */
  readonly tail: string
}

/**
 * Reads a word being typed that no word begins with as a compound on its way: the longest
 * beginning the lexicon knows as a compound's first part, followed by the beginning of a word
 * of the index (`digitalkompe` → *digital* + `kompe…`, `omsorgsperso` → *omsorg* +
 * `perso…`). The texts often write such a compound as two words (*digital kompetens*), and
 * the index's twins hold every compound's parts, so the two found together are what the
 * finished word will find. `undefined` when no split leaves a beginning the index has.
 *
 * @example
 * typedCompound(lexicon, 'digitalkompe', (tail) => index.hasWordStartingWith(tail))
 * // { head: 'digital', tail: 'kompe' }
 */
export function typedCompound(
  lexicon: Lexicon,
  word: string,
  beginsAWord: (beginning: string) => boolean,
): TypedCompound | undefined {
  let found: TypedCompound | undefined
  // Shortest first: the last one kept is the longest first part.
  lexicon.forEachFormAt(word, 0, word.length - MIN_TYPED_PART, (end, rank) => {
    if ((lexicon.usageAt(rank) & FORM_BEGINS_COMPOUND) === 0) return
    const tail = word.slice(end)
    if (beginsAWord(tail)) found = { head: lexicon.compoundLemmaAt(rank, word.slice(0, end)), tail }
  })
  return found
}
