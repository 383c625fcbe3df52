import { isWordForm } from '../lexicon/is-word-form.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { isAdjectiveInflection } from './_adjective-head.js'
import type { CompoundSplit } from './compound-split.js'

/**
 * Latin and Greek prefixes that Swedish also spells as a word of another sense, which is the
 * only sense the dictionary gives them: post (mail; post- "after"), mikro (microwave oven;
 * mikro- "small"), meta (to angle; meta- "beyond"). Prefixes the dictionary lists as bound
 * compound parts (anti-, neuro-, pseudo-) need no line here: their lemma is the prefix.
 */
const PREFIX_HOMOGRAPHS: ReadonlySet<string> = new Set(['post', 'mikro', 'meta'])

/**
 * Whether a split reads a prefix as the word it is spelt like: its first part is one of the
 * prefix homographs and its head an adjective. The prefix is what such a word begins with
 * before an adjective (posttraumatisk, postkolonial, mikroekonomisk, metafysisk), as the noun
 * is before a noun (postkontor, postlåda), so the split would index "post" (mail) for every
 * text on posttraumatic stress.
 *
 * @example
 * readsPrefixAsWord(lexicon, split('posttraumatisk')) // true
 * readsPrefixAsWord(lexicon, split('postkontor')) // false
 */
export function readsPrefixAsWord(lexicon: Lexicon, split: CompoundSplit): boolean {
  const first = split.parts[0]
  const head = split.parts[split.parts.length - 1]
  if (first === undefined || head === undefined || !PREFIX_HOMOGRAPHS.has(first.lemma)) return false
  // "postterminalen" inflects the noun "terminal" (a mail terminal), not the adjective.
  return isAdjectiveBase(lexicon, head.lemma) && isAdjectiveInflection(head.text, head.lemma)
}

/** An adjective's base: the lexicon reads its neuter in -t as it, and has its form in -a. */
function isAdjectiveBase(lexicon: Lexicon, base: string): boolean {
  const neuter = base.endsWith('d') ? `${base.slice(0, -1)}t` : `${base}t`
  const rank = lexicon.rankOf(neuter)
  return rank >= 0 && lexicon.lemmaAt(rank, neuter) === base && isWordForm(lexicon, `${base}a`)
}
