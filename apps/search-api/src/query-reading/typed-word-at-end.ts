import { tokenize } from '@projektbank/analyzer'

/**
 * The fewest letters of a word being typed that are completed. Two letters begin too many
 * words to guess from (`ar`, `st`, `fö` and `ko` each begin 116–153 of the 3 990 words of
 * the relevance set's vocabulary), and the
 * two-letter words people type whole are abbreviations (`AF`, `FK`, `YH`); three is also
 * where the reading starts to respell a beginning typed without å/ä/ö
 * (`MIN_TYPED_PREFIX`) and to complete a key of the expansion table.
 */
export const MIN_COMPLETED_PREFIX = 3

/** A word of the query, lower case, and where it starts in the query. */
export interface QueryWord {
  /** Normalised, lower case (as `tokenize` gives it). */
  text: string
  /** Offset of its first character in the query. */
  start: number
}

/**
 * The query's last word when a completion may replace it: the words before it, the word
 * itself, and the word as typed (for its case).
 */
export interface TypedWordAtEnd {
  /** Every word of the query, the typed one last. */
  words: QueryWord[]
  /** The last word, lower case. */
  typed: string
  /** The last word exactly as it stands in the query (`NEE`, `Örnsk`). */
  asTyped: string
}

/**
 * The word still being typed at the end of `q`: nothing follows it, not even a space or a
 * closing quote; it is no exclusion (`-arbe`) and not inside a phrase (`"för un`), whose
 * words are searched as they stand; it has no digit (`2019`) and at least
 * {@link MIN_COMPLETED_PREFIX} letters. Stop words count (`för` begins *företag*), unlike
 * in the query's reading. `undefined` when there is no such word.
 *
 * @example
 * typedWordAtEnd('unga arbetsf')?.typed // 'arbetsf'
 * typedWordAtEnd('-arbe') // undefined
 */
export function typedWordAtEnd(q: string): TypedWordAtEnd | undefined {
  const tokens = tokenize(q)
  const last = tokens.at(-1)
  if (last === undefined || last.end !== q.length || /\p{N}/u.test(last.text)) return undefined
  if ([...last.text].length < MIN_COMPLETED_PREFIX) return undefined
  const before = q.slice(0, last.start)
  if ((before.match(/"/gu)?.length ?? 0) % 2 === 1) return undefined
  if (/(?:^|\s)-$/u.test(before)) return undefined
  return {
    words: tokens.map((token) => ({ text: token.text, start: token.start })),
    typed: last.text,
    asTyped: q.slice(last.start),
  }
}
