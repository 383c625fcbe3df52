import { isBaseWordForm, isWordForm } from '../lexicon/is-word-form.js'
import type { Lexicon } from '../lexicon/lexicon.js'

/** Shortest word that counts as evidence after a combining form (psyko|log, krono|logi). */
const MIN_EVIDENCE_LENGTH = 3

/** Words it takes: one could be a chance spelling ("arbetso|förmögne" is arbets|oförmögne). */
const MIN_EVIDENCE_WORDS = 2

/**
 * Whether the lexicon's own words use `form` (a stem plus a vowel) as a combining form: at
 * least two words continue it with a base-form word of three letters or more that does not
 * also read as the vowel prefixed to a word. "psyko" is one (psyko|analys, psyko|terapi),
 * "krono" too (krono|logi, krono|meter); "arbetso" is not, because its words read as "arbets"
 * plus an o-word (arbets|olycka, arbets|oförmögen). The negating prefix "o-" then cannot begin
 * the head after such a stem: "psykosocial" is not psyk|osocial ("antisocial").
 *
 * @example
 * isCombiningForm(lexicon, 'psyko') // true
 * isCombiningForm(lexicon, 'arbetso') // false
 */
export function isCombiningForm(lexicon: Lexicon, form: string): boolean {
  const vowel = form.slice(-1)
  const evidence = new Set<string>()
  return lexicon.someFormWithPrefix(form, (rest) => {
    if (rest.length < MIN_EVIDENCE_LENGTH || evidence.has(rest)) return false
    if (!isBaseWordForm(lexicon, rest)) return false
    if (isWordForm(lexicon, vowel + rest)) return false
    evidence.add(rest)
    return evidence.size >= MIN_EVIDENCE_WORDS
  })
}
