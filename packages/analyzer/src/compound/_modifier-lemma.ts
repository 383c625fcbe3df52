import { isBaseWordForm } from '../lexicon/is-word-form.js'
import type { Lexicon } from '../lexicon/lexicon.js'

/** Letters a compound form may swap for its base form's ending (arbets → arbete, kvinno →
 * kvinna, gymnasie → gymnasium, "2d-" → "2d"). */
const LINKING_LETTERS = 'saeou-'

/**
 * Base form of a modifier (a part before the head), from the lexicon's compound-part lemma:
 *
 * - A linking "-s" is a noun's genitive, and verbs never take it: when the form without it is
 *   a word in its base form, that word is the lemma (ansvars → ansvar, not the verb ansvara;
 *   företags → företag, not företaga).
 * - Otherwise the lexicon's lemma stands when it is the form plus an ending (psyk → psyke,
 *   bygg → bygge), the form's linking letter swapped (arbets → arbete, kvinno → kvinna) or
 *   an -el form of a base in -la (kägel → kägla). Swedish links compounds with -s-, -a-,
 *   -e-, -o-, -u- or nothing, so any other change reads an unrelated word, and the form is its
 *   own lemma: "multi" is a combining form, not "multum" (plenty), and "fick" in "fickkniv"
 *   is the pocket, not a form of "få".
 *
 * @example
 * modifierLemma(lexicon, lexicon.rankOf('multi'), 'multi') // 'multi'
 * modifierLemma(lexicon, lexicon.rankOf('ansvars'), 'ansvars') // 'ansvar'
 */
export function modifierLemma(lexicon: Lexicon, rank: number, form: string): string {
  const lemma = lexicon.compoundLemmaAt(rank, form)
  if (lemma === form) return lemma
  // "mass" is the stem of "massa", not the genitive of "mas"; "riks" is the genitive of "rike".
  if (form.endsWith('s') && !form.endsWith('ss')) {
    const noun = form.slice(0, -1)
    if (lemma !== `${noun}e` && isBaseWordForm(lexicon, noun)) return noun
  }
  if (lemma.startsWith(form) || LINKING_LETTERS.includes(form.at(-1) ?? '')) return lemma
  if (form.endsWith('el') && lemma === `${form.slice(0, -2)}la`) return lemma
  return form
}
