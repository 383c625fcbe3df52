import { isWordForm } from '../lexicon/is-word-form.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { isAdjectiveInflection, isPastParticiple } from './_adjective-head.js'
import { buildSplit } from './_plan-split.js'
import type { CompoundSplit } from './compound-split.js'

/**
 * A known word's split whose head reads otherwise than the word's own lemma, kept when the
 * word is an adjective or participle compound. The dictionary lists many of them as headwords
 * (stressrelaterad, långtidssjuk) while it reads their head alone as a verb (relaterade →
 * relatera) or a homograph (sjuka, the noun): the word's lemma then names the head's reading.
 * The split stands when that lemma is the modifier plus a word `tail` that the head inflects
 * as an adjective (långtidssjuka: sjuk → sjuka; stressrelaterade: relaterad → relaterade), or, when
 * the head is that word unchanged, when it is its verb's past participle (stressrelaterad:
 * relatera → relaterad). Noun heads stay out (plattformarna is no inflection of "form"), and
 * so do heads the dictionary reads as another word entirely (trollhättan, posttraumatisk).
 * The head's lemma becomes `tail`, so that its own analysis adds the verb (relatera); `tail`
 * must be at least `minPartLength` letters, like the parts themselves.
 *
 * @example
 * readHeadAsAdjective(lexicon, split('stressrelaterade'), 'stressrelaterad', 4)?.parts.map((p) => p.lemma)
 * // ['stress', 'relaterad']
 */
export function readHeadAsAdjective(
  lexicon: Lexicon,
  split: CompoundSplit,
  wholeLemma: string,
  minPartLength: number,
): CompoundSplit | undefined {
  const head = split.parts[split.parts.length - 1]
  if (head === undefined) return undefined
  const modifier = split.word.slice(0, head.start)
  if (!wholeLemma.startsWith(modifier)) return undefined
  const tail = wholeLemma.slice(modifier.length)
  // The base form must be as long as a part may be, or "arbetslösa" would split while
  // "arbetslös" (a three-letter head) stays whole.
  if (tail.length < minPartLength) return undefined
  const adjectival =
    tail === head.text
      ? isPastParticiple(tail, head.lemma)
      : isAdjectiveInflection(head.text, tail) && isWordForm(lexicon, tail)
  if (!adjectival) return undefined
  // Rebuilt rather than patched, so that the nested groups read the head as `tail` too.
  return buildSplit(split.word, [...split.parts.slice(0, -1), { ...head, lemma: tail }])
}
