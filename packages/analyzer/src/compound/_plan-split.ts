import {
  FORM_BEGINS_COMPOUND,
  FORM_ENDS_COMPOUND,
  FORM_IN_COMPOUND_MIDDLE,
  FORM_IS_WORD,
} from '../lexicon/format.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { isCombiningForm } from './_combining-form.js'
import { modifierLemma } from './_modifier-lemma.js'
import type { CompoundPart, CompoundSplit } from './compound-split.js'

const NON_FINAL = FORM_BEGINS_COMPOUND | FORM_IN_COMPOUND_MIDDLE
const CONSONANTS = 'bcdfghjklmnpqrstvwxz'

/**
 * Best way to finish the word from one position: fewest parts, then the highest weight of its
 * least productive part (one rare part makes a split doubtful, however common the others),
 * then the highest total weight.
 */
interface Plan {
  readonly parts: number
  readonly weight: number
  readonly minWeight: number
  /** Dictionary form chosen at this position: its end and rank. */
  readonly formEnd: number
  readonly rank: number
  /** End of the written part: `formEnd`, or one further for a linking "s" (relaxed pass). */
  readonly partEnd: number
  /** Where the next part starts (`partEnd`, or one earlier for a shared consonant). */
  readonly next: number
}

/**
 * The best split of `word` into parts of at least `minPart` letters, or `undefined`. With
 * `relaxed`, base-form words outside the compounding flags may be modifiers too (see
 * `splitCompound`). Dynamic programming over start positions: one automaton walk per position
 * finds every dictionary form starting there.
 *
 * @example
 * planSplit(lexicon, 'samverkansmodell', 3, false)?.parts.map((p) => p.text) // ['samverkans', 'modell']
 */
export function planSplit(
  lexicon: Lexicon,
  word: string,
  minPart: number,
  relaxed: boolean,
): CompoundSplit | undefined {
  const length = word.length
  if (length < 2 * minPart - 1) return undefined

  // plans[i]: best split of word.slice(i) whose first part starts at i; null = impossible.
  const plans: (Plan | null | undefined)[] = new Array(length + 1)
  const planFrom = (start: number): Plan | null => {
    const cached = plans[start]
    if (cached !== undefined) return cached
    plans[start] = null // a shared consonant steps back one letter; never loop through it
    let best: Plan | null = null
    const consider = (formEnd: number, rank: number, partEnd: number, weight: number): void => {
      for (const next of nextStarts(word, partEnd)) {
        if (takesCombiningO(start, next)) continue
        const rest = planFrom(next)
        if (rest === null) continue
        best = better(best, {
          parts: rest.parts + 1,
          weight: rest.weight + weight,
          minWeight: Math.min(rest.minWeight, weight),
          formEnd,
          rank,
          partEnd,
          next,
        })
      }
    }
    lexicon.forEachFormAt(word, start, length, (end, rank) => {
      if (end - start < minPart) return
      const usage = lexicon.usageAt(rank)
      const weight = lexicon.weightAt(rank)
      if (end === length) {
        if (start > 0 && usage & FORM_ENDS_COMPOUND) {
          best = better(best, {
            parts: 1,
            weight,
            minWeight: weight,
            formEnd: end,
            rank,
            partEnd: end,
            next: end,
          })
        }
        return
      }
      if (usage & (start === 0 ? FORM_BEGINS_COMPOUND : NON_FINAL)) {
        consider(end, rank, end, weight)
      } else if (relaxed && usage & FORM_IS_WORD) {
        const form = word.slice(start, end)
        if (lexicon.lemmaAt(rank, form) !== form) return
        consider(end, rank, end, weight)
        if (word[end] === 's' && end + 1 < length) consider(end, rank, end + 1, weight)
      }
    })
    plans[start] = best
    return best
  }
  // A part beginning with "o" after the modifier at `start`, where the "o" might as well end
  // the modifier: the rest without it is a part too, and the lexicon uses modifier + "o" as a
  // combining form (psyko|social, not psyk|osocial; krono|logisk, not kron|ologisk).
  const takesCombiningO = (start: number, next: number): boolean =>
    word[next] === 'o' &&
    next + 1 < length &&
    planFrom(next + 1) !== null &&
    isCombiningForm(lexicon, word.slice(start, next + 1))

  if (planFrom(0) === null) return undefined
  const parts: CompoundPart[] = []
  let start = 0
  for (let plan = plans[0]; plan !== null && plan !== undefined; ) {
    const form = word.slice(start, plan.formEnd)
    const last = plan.partEnd === length
    parts.push({
      text: word.slice(start, plan.partEnd),
      start,
      end: plan.partEnd,
      lemma: last ? lexicon.lemmaAt(plan.rank, form) : modifierLemma(lexicon, plan.rank, form),
    })
    if (last) break
    start = plan.next
    plan = plans[start]
  }
  return buildSplit(word, parts)
}

/** The next part starts right after this one, or one letter earlier when a doubled consonant
 * stands for a tripled one (kontroll + lista = "kontrollista"). */
function nextStarts(word: string, end: number): number[] {
  const a = word[end - 1]
  if (a !== undefined && a === word[end - 2] && CONSONANTS.includes(a) && word[end] !== a) {
    return [end, end - 1]
  }
  return [end]
}

function better(a: Plan | null, b: Plan): Plan {
  if (a === null) return b
  if (b.parts !== a.parts) return b.parts < a.parts ? b : a
  if (b.minWeight !== a.minWeight) return b.minWeight > a.minWeight ? b : a
  if (b.weight !== a.weight) return b.weight > a.weight ? b : a
  // Deterministic last resort: the longer first part (heads are usually the shorter side).
  return b.partEnd > a.partEnd ? b : a
}

/**
 * The split of `word` into `parts`: its lemma (the word with the head's lemma) and, for three
 * or more parts, the nested groups.
 *
 * @example
 * buildSplit('samverkansmodeller', parts).lemma // 'samverkansmodell'
 */
export function buildSplit(word: string, parts: readonly CompoundPart[]): CompoundSplit {
  const last = parts[parts.length - 1] as CompoundPart
  const lemma = word.slice(0, last.start) + last.lemma
  const groups: string[] = []
  if (parts.length >= 3) {
    const beforeLast = parts[parts.length - 2] as CompoundPart
    groups.push(word.slice(0, beforeLast.start) + beforeLast.lemma)
    const second = parts[1] as CompoundPart
    groups.push(word.slice(second.start, last.start) + last.lemma)
  }
  return { word, lemma, parts, groups }
}
