import {
  FORM_BEGINS_COMPOUND,
  FORM_ENDS_COMPOUND,
  FORM_IN_COMPOUND_MIDDLE,
  FORM_IS_WORD,
} from '../lexicon/format.js'
import type { Lexicon } from '../lexicon/lexicon.js'

/**
 * One part of a compound word.
 *
 * @example
 * const part: CompoundPart = { text: 'arbetsmarknads', start: 0, end: 14, lemma: 'arbetsmarknad' }
 */
export interface CompoundPart {
  /** The letters of the part as written, linking letters included ("arbetsmarknads"). */
  readonly text: string
  /** Offsets of the part within the word. */
  readonly start: number
  readonly end: number
  /** Base form of the part ("arbetsmarknad"; the head's lemma for the last part: "fråga"). */
  readonly lemma: string
}

/**
 * A compound word split into dictionary parts.
 *
 * @example
 * const split: CompoundSplit = {
 *   word: 'arbetsmarknadsfrågor',
 *   lemma: 'arbetsmarknadsfråga',
 *   parts: [
 *     { text: 'arbetsmarknads', start: 0, end: 14, lemma: 'arbetsmarknad' },
 *     { text: 'frågor', start: 14, end: 20, lemma: 'fråga' },
 *   ],
 *   groups: [],
 * }
 */
export interface CompoundSplit {
  readonly word: string
  /** The whole word with its head lemmatised ("arbetsmarknadsfrågor" → "arbetsmarknadsfråga"). */
  readonly lemma: string
  /** Two or more parts in order. */
  readonly parts: readonly CompoundPart[]
  /**
   * For three or more parts: the modifier and head read as compounds of their own, in base form
   * ("kompetensförsörjningsfrågorna" → "kompetensförsörjning", "försörjningsfråga"). Swedish
   * nests compounds, and either bracketing may be the one a reader searches for.
   */
  readonly groups: readonly string[]
}

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
 * - Among valid splits the one with the fewest parts wins; ties go to parts the dictionary
 *   itself uses most in compounds (first the least productive part, then all together), which
 *   keeps nonsense splits out ("undersköterske|utbildning", not "under|sköterskeutbildning").
 * - A word the dictionary knows is split only into parts of `knownWordMinPartLength` letters
 *   whose reading gives back the word's own lemma ("plattformarna" is not "platt|formarna").
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
    return split !== undefined && split.lemma === lexicon.lemmaAt(wholeRank, word)
      ? split
      : undefined
  }
  const licensed = planSplit(lexicon, word, options.minPartLength, false)
  const relaxed = planSplit(lexicon, word, Math.max(4, options.minPartLength), true)
  if (relaxed === undefined) return licensed
  return licensed === undefined || relaxed.parts.length < licensed.parts.length ? relaxed : licensed
}

function planSplit(
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
      lemma: last ? lexicon.lemmaAt(plan.rank, form) : lexicon.compoundLemmaAt(plan.rank, form),
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

function buildSplit(word: string, parts: readonly CompoundPart[]): CompoundSplit {
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
