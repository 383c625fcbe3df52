import { FORM_IS_WORD } from '../lexicon/format.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { derivingNoun } from './_derived-adjective.js'
import { planSplit } from './_plan-split.js'
import { readsPrefixAsWord } from './_prefix-homograph.js'
import { readHeadAsAdjective } from './_read-head-as-adjective.js'
import type { CompoundSplit } from './compound-split.js'

export type { CompoundPart, CompoundSplit } from './compound-split.js'

/**
 * Tuning of {@link splitCompound}.
 *
 * @example
 * const options: SplitOptions = { minPartLength: 3, knownWordMinPartLength: 4, maxWordLength: 64 }
 */
export interface SplitOptions {
  /** Shortest part, linking letters included. */
  readonly minPartLength: number
  /**
   * Shortest part when the whole word is itself a dictionary word. Lexicalised compounds
   * ("arbetsförmedling") are split only into solid parts, so that words like "samverkan" do not
   * fall apart into "sam" + "verkan".
   */
  readonly knownWordMinPartLength: number
  /**
   * Longer words are not split. Real compounds stay well below 64 letters; the bound keeps the
   * splitter's recursion shallow on hostile input ("projekt" repeated a thousand times).
   */
  readonly maxWordLength: number
}

/**
 * Defaults for {@link SplitOptions}.
 *
 * @example
 * splitCompound(lexicon, 'glasstrut', DEFAULT_SPLIT_OPTIONS)
 */
export const DEFAULT_SPLIT_OPTIONS: SplitOptions = {
  minPartLength: 3,
  knownWordMinPartLength: 4,
  maxWordLength: 64,
}

/**
 * Splits a lower-case word into dictionary parts, or returns `undefined` when it is not a
 * compound the dictionary can explain.
 *
 * - Parts follow the dictionary's compounding flags, which encode the linking morphemes
 *   ("arbets-", "ränte-", "vecko-", "varu-"); a part licensed to begin a compound may also
 *   stand in the middle, because the dictionary marks few middles explicitly.
 * - For words the dictionary does not know, any base-form word of four letters or more may
 *   also serve as a modifier, optionally followed by the linking "s" ("intermediär|funktionen");
 *   such a split is used when no licensed one exists or when it needs fewer parts.
 * - A doubled consonant may stand for a collapsed triple one ("kontroll|lista" written
 *   "kontrollista").
 * - A part may not begin with an "o" that ends a combining form the dictionary's own words
 *   use ("psykosocial" is not psyk|osocial, "antisocial"; see `isCombiningForm`).
 * - A modifier's lemma is the noun its linking "s" marks ("ansvars" → "ansvar", not the verb
 *   "ansvara"), and never a word the form only links to by an ending Swedish does not use
 *   ("multi" stays "multi", not "multum"; see `modifierLemma`).
 * - Among valid splits the one with the fewest parts wins; ties go to parts the dictionary
 *   itself uses most in compounds (first the least productive part, then all together), which
 *   keeps nonsense splits out ("undersköterske|utbildning", not "under|sköterskeutbildning").
 * - A word the dictionary knows is split only into parts of `knownWordMinPartLength` letters
 *   whose reading gives back the word's own lemma ("plattformarna" is not "platt|formarna").
 *   An adjective or participle compound may read its head as the word's lemma says where the
 *   head alone reads as a verb or homograph ("stressrelaterade" → "stress|relaterad", not the
 *   verb "relatera"; see `readHeadAsAdjective`).
 * - An adjective in `-isk` derived from a noun the lexicon knows splits where that noun
 *   splits, or not at all ("neurologisk" is neurolog + isk, not neuro|logisk; see
 *   `derivingNoun`).
 * - A word the dictionary knows does not split a Latin prefix the dictionary reads as a
 *   word of another sense off an adjective ("posttraumatisk" stays whole: its "post" is not
 *   the mail; see `readsPrefixAsWord`).
 *
 * @example
 * splitCompound(lexicon, 'tillgänglighetsexpert')?.parts.map((p) => p.lemma)
 * // ['tillgänglighet', 'expert']
 */
export function splitCompound(
  lexicon: Lexicon,
  word: string,
  options: SplitOptions = DEFAULT_SPLIT_OPTIONS,
): CompoundSplit | undefined {
  if (word.length > options.maxWordLength) return undefined
  const wholeRank = lexicon.rankOf(word)
  const known = wholeRank >= 0 && (lexicon.usageAt(wholeRank) & FORM_IS_WORD) !== 0
  if (known) {
    const split = planSplit(lexicon, word, options.knownWordMinPartLength, false)
    if (split === undefined) return undefined
    const wholeLemma = lexicon.lemmaAt(wholeRank, word)
    const noun = derivingNoun(lexicon, wholeLemma)
    if (noun !== undefined && !cutsAlike(split, splitCompound(lexicon, noun, options))) {
      return undefined
    }
    const read =
      split.lemma === wholeLemma
        ? split
        : readHeadAsAdjective(lexicon, split, wholeLemma, options.knownWordMinPartLength)
    return read !== undefined && readsPrefixAsWord(lexicon, read) ? undefined : read
  }
  const licensed = planSplit(lexicon, word, options.minPartLength, false)
  const relaxed = planSplit(lexicon, word, Math.max(4, options.minPartLength), true)
  if (relaxed === undefined) return licensed
  return licensed === undefined || relaxed.parts.length < licensed.parts.length ? relaxed : licensed
}

/** Whether `split` cuts its word where `other` cuts its own: as many parts, starting at the same places. */
function cutsAlike(split: CompoundSplit, other: CompoundSplit | undefined): boolean {
  if (other === undefined || other.parts.length !== split.parts.length) return false
  return split.parts.every((part, index) => part.start === other.parts[index]?.start)
}
