import { isBaseWordForm } from '../lexicon/is-word-form.js'
import type { Lexicon } from '../lexicon/lexicon.js'

/** The suffix that derives an adjective from a noun (ekonom → ekonomisk, neurolog → neurologisk). */
const ADJECTIVE_SUFFIX = 'isk'

/**
 * The noun an adjective in `-isk` is derived from, when the lexicon knows it as a word: the
 * adjective is that noun plus the suffix (neurolog|isk), so its structure is the noun's, and a
 * cut elsewhere reads another word: "neurologisk" is no neuro|logisk (logical), "datalogisk"
 * no data|logisk. Adjectives whose noun the lexicon lacks (posttraumatisk, samhällsekonomisk)
 * have none.
 *
 * @example
 * derivingNoun(lexicon, 'neurologisk') // 'neurolog'
 * derivingNoun(lexicon, 'samhällsekonomisk') // undefined
 */
export function derivingNoun(lexicon: Lexicon, lemma: string): string | undefined {
  if (!lemma.endsWith(ADJECTIVE_SUFFIX)) return undefined
  const noun = lemma.slice(0, -ADJECTIVE_SUFFIX.length)
  // Its base form, not any form: "smittorisk" is no "smittor" (plural of smitta) + isk.
  return isBaseWordForm(lexicon, noun) ? noun : undefined
}
