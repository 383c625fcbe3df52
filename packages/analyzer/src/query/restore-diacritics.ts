import {
  FORM_BEGINS_COMPOUND,
  FORM_ENDS_COMPOUND,
  FORM_IN_COMPOUND_MIDDLE,
  FORM_IS_WORD,
} from '../lexicon/format.js'
import { isWordForm } from '../lexicon/is-word-form.js'
import type { Lexicon } from '../lexicon/lexicon.js'
import { SWEDISH_STOPWORDS } from '../stopwords.js'
import { foldDiacritics, hasDiacritics } from './fold-diacritics.js'

/**
 * Words a search index actually holds, by their folded spelling (see `foldDiacritics`).
 *
 * @example
 * const vocabulary: DiacriticVocabulary = {
 *   formsOf: (folded) => (folded === 'umea' ? ['umeå'] : []),
 *   has: (word) => word === 'umeå',
 * }
 */
export interface DiacriticVocabulary {
  /** Spellings whose folded form is `folded`, the most frequent first. */
  formsOf(folded: string): readonly string[]
  /** Whether the word occurs spelled exactly so. */
  has(word: string): boolean
  /**
   * How many documents hold the word, 0 when none; absent when the vocabulary has no
   * frequencies. With it, a word of its own that the texts write more often than its
   * respelling is not restored (see {@link createDiacriticRestorer}).
   */
  count?(word: string): number
}

/**
 * Where a restored spelling came from: the index's own words (or names the caller added to
 * that vocabulary), or the lexicon (a word form, or a compound of word forms).
 */
export type RestorationSource = 'vocabulary' | 'lexicon'

/**
 * A word typed without å/ä/ö/é and the spelling it most likely stands for.
 *
 * @example
 * const r: DiacriticRestoration = { word: 'umea', restored: 'umeå', ownWord: false, source: 'vocabulary' }
 */
export interface DiacriticRestoration {
  /** The word as typed (lower case). */
  readonly word: string
  /** The spelling with diacritics. */
  readonly restored: string
  /**
   * The typed word is a word of its own (`far`, `mal`): it keeps its meaning first and the
   * restored spelling only comes second. Otherwise the restored spelling replaces it.
   */
  readonly ownWord: boolean
  readonly source: RestorationSource
}

/**
 * Options of {@link createDiacriticRestorer}.
 *
 * @example
 * const options: DiacriticRestorerOptions = { vocabulary, cacheSize: 5000 }
 */
export interface DiacriticRestorerOptions {
  /** The index's words; consulted before the lexicon, and its frequencies pick the spelling. */
  readonly vocabulary?: DiacriticVocabulary
  /** Restorations remembered (default 10 000); queries repeat their words. */
  readonly cacheSize?: number
}

/**
 * The stop words with å/ä/ö by their folded spelling (`fran` → *från*, `nar` → *när*), except
 * those whose folded spelling is a stop word too (`har`, `var`). An index keeps no stop words,
 * so its frequencies cannot speak for them, and the lexicon ranks a rarer word first (`fran`
 * was *frän*, `nar` *når* with an index that holds *når*).
 */
const STOP_WORD_SPELLINGS: ReadonlyMap<string, string> = new Map(
  [...SWEDISH_STOPWORDS]
    .filter((word) => hasDiacritics(word) && !SWEDISH_STOPWORDS.has(foldDiacritics(word)))
    .map((word) => [foldDiacritics(word), word]),
)

/** Longest word looked at: compounds stay far below, and the walk branches on every a/o/e. */
const MAX_WORD_LENGTH = 40
const MIN_PART_LENGTH = 3
const NON_FINAL = FORM_BEGINS_COMPOUND | FORM_IN_COMPOUND_MIDDLE

/**
 * Creates a function that restores the diacritics of one lower-case word typed without them:
 * `orebro` → *örebro*, `forsorjningsstod` → *försörjningsstöd*. A stop word comes first (`fran`
 * → *från*); other candidates come first from the vocabulary (the index's words, most frequent first), then from the lexicon: a word form, or
 * else a compound of forms licensed as compound parts ("sprakstod" → *språkstöd*). A word
 * that already has å/ä/ö/é is never touched, nor is one with nothing to restore.
 *
 * @example
 * const restore = createDiacriticRestorer(lexicon)
 * restore('overgang') // { word: 'overgang', restored: 'övergång', ownWord: false, source: 'lexicon' }
 * restore('far')?.ownWord // true: "far" is a word; "får" only comes second
 * restore('umeå') // undefined
 */
export function createDiacriticRestorer(
  lexicon: Lexicon,
  options: DiacriticRestorerOptions = {},
): (word: string) => DiacriticRestoration | undefined {
  const { vocabulary } = options
  const cacheSize = options.cacheSize ?? 10_000
  const cache = new Map<string, DiacriticRestoration | null>()

  const isOwnWord = (word: string): boolean => {
    if (vocabulary?.has(word)) return true
    // Not "splits into parts of its own letters": folded words often do, into nonsense
    // ("sjukskoterskor" → sjuk + skoter + skor), and would then never be restored first.
    return isWordForm(lexicon, word)
  }

  const compute = (word: string): DiacriticRestoration | null => {
    const ownWord = isOwnWord(word)
    const stopWord = STOP_WORD_SPELLINGS.get(word)
    if (stopWord !== undefined) return { word, restored: stopWord, ownWord, source: 'lexicon' }
    const known = vocabulary?.formsOf(word).find((form) => form !== word)
    if (known !== undefined) {
      // `stad` is also *städ*, but the texts write *stad* more often: whoever types the more
      // common word means it, and the rarer respelling only adds a reading nobody asked for
      // ("Sökte även efter städ"). `far` still reads *får*, which the texts write more often.
      if (ownWord && isWrittenMoreOften(vocabulary, word, known)) return null
      return { word, restored: known, ownWord, source: 'vocabulary' }
    }
    const fromLexicon =
      restoreWholeWord(lexicon, word) ?? (ownWord ? undefined : restoreCompound(lexicon, word))
    return fromLexicon === undefined
      ? null
      : { word, restored: fromLexicon, ownWord, source: 'lexicon' }
  }

  return (word) => {
    if (!canRestore(word)) return undefined
    let result = cache.get(word)
    if (result === undefined) {
      result = compute(word)
      if (cache.size >= cacheSize) cache.clear()
      cache.set(word, result)
    }
    return result ?? undefined
  }
}

/** The index counts `word` in more documents than `other`, which it holds too. */
function isWrittenMoreOften(
  vocabulary: DiacriticVocabulary | undefined,
  word: string,
  other: string,
): boolean {
  if (vocabulary?.count === undefined) return false
  const others = vocabulary.count(other)
  return others > 0 && vocabulary.count(word) > others
}

function canRestore(word: string): boolean {
  return (
    word.length >= 2 &&
    word.length <= MAX_WORD_LENGTH &&
    !hasDiacritics(word) &&
    /[aoe]/u.test(word) &&
    /^\p{Ll}+$/u.test(word)
  )
}

/** The best stand-alone word form that folds to `word` and differs from it. */
function restoreWholeWord(lexicon: Lexicon, word: string): string | undefined {
  let best: { form: string; weight: number; base: boolean } | undefined
  lexicon.forEachFoldedFormAt(word, 0, word.length, (end, rank, form) => {
    if (end !== word.length || form === word) return
    if ((lexicon.usageAt(rank) & FORM_IS_WORD) === 0) return
    const candidate = {
      form,
      weight: lexicon.weightAt(rank),
      base: lexicon.lemmaAt(rank, form) === form,
    }
    if (best === undefined || ranksAbove(candidate, best)) best = candidate
  })
  return best?.form
}

function ranksAbove(
  a: { form: string; weight: number; base: boolean },
  b: { form: string; weight: number; base: boolean },
): boolean {
  if (a.weight !== b.weight) return a.weight > b.weight
  if (a.base !== b.base) return a.base
  return a.form < b.form
}

/** A plan for the rest of a word: fewest parts, then the least productive part, then all. */
interface CompoundPlan {
  readonly text: string
  readonly parts: number
  readonly minWeight: number
  readonly weight: number
}

/**
 * Restores a compound part by part, each part a form the lexicon licenses for its place (first,
 * middle, last), by dynamic programming over start positions. Returns `undefined` when no
 * split covers the word or when the best one changes nothing.
 */
function restoreCompound(lexicon: Lexicon, word: string): string | undefined {
  const length = word.length
  const plans: (CompoundPlan | null | undefined)[] = new Array(length + 1)
  const planFrom = (start: number): CompoundPlan | null => {
    const cached = plans[start]
    if (cached !== undefined) return cached
    let best: CompoundPlan | null = null
    lexicon.forEachFoldedFormAt(word, start, length, (end, rank, form) => {
      if (end - start < MIN_PART_LENGTH) return
      const usage = lexicon.usageAt(rank)
      const weight = lexicon.weightAt(rank)
      let plan: CompoundPlan | null = null
      if (end === length) {
        if (start > 0 && usage & FORM_ENDS_COMPOUND) {
          plan = { text: form, parts: 1, minWeight: weight, weight }
        }
      } else if (usage & (start === 0 ? FORM_BEGINS_COMPOUND : NON_FINAL)) {
        const rest = planFrom(end)
        if (rest !== null) {
          plan = {
            text: form + rest.text,
            parts: rest.parts + 1,
            minWeight: Math.min(weight, rest.minWeight),
            weight: weight + rest.weight,
          }
        }
      }
      if (plan !== null && (best === null || betterPlan(plan, best))) best = plan
    })
    plans[start] = best
    return best
  }
  const plan = planFrom(0)
  return plan === null || plan.parts < 2 || plan.text === word ? undefined : plan.text
}

function betterPlan(a: CompoundPlan, b: CompoundPlan): boolean {
  if (a.parts !== b.parts) return a.parts < b.parts
  if (a.minWeight !== b.minWeight) return a.minWeight > b.minWeight
  if (a.weight !== b.weight) return a.weight > b.weight
  return a.text < b.text
}
