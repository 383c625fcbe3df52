import { FORM_IS_WORD } from './format.js'
import type { Lexicon } from './lexicon.js'

/**
 * Whether the lexicon knows `form` as a word that stands on its own, not only as a compound
 * part ("fråga" yes, "samverkans" no).
 *
 * @example
 * isWordForm(lexicon, 'relaterad') // true
 */
export function isWordForm(lexicon: Lexicon, form: string): boolean {
  const rank = lexicon.rankOf(form)
  return rank >= 0 && (lexicon.usageAt(rank) & FORM_IS_WORD) !== 0
}

/**
 * Whether the lexicon knows `form` as a word of its own in its base form, the lemma of itself
 * ("fråga" yes, "frågor" no, "samverkans" no).
 *
 * @example
 * isBaseWordForm(lexicon, 'neurolog') // true
 */
export function isBaseWordForm(lexicon: Lexicon, form: string): boolean {
  return isWordForm(lexicon, form) && lexicon.lemmaAt(lexicon.rankOf(form), form) === form
}
