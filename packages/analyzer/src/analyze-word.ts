import { type CompoundSplit, type SplitOptions, splitCompound } from './compound/split-compound.js'
import { WordCache } from './internal/word-cache.js'
import { FORM_IS_WORD } from './lexicon/format.js'
import type { Lexicon } from './lexicon/lexicon.js'
import { snowballStem } from './snowball.js'
import { isStopword } from './stopwords.js'

/**
 * Where a word's lemma came from: the lexicon; the head of a compound split; Snowball's stemmer
 * (unknown words); or the word itself (numbers, stop words, words mixing letters and digits).
 *
 * @example
 * const source: LemmaSource = 'lexicon'
 */
export type LemmaSource = 'lexicon' | 'compound' | 'stemmer' | 'verbatim'

/**
 * Everything the analyzer derives from one normalised word.
 *
 * @example
 * const analysis: WordAnalysis = {
 *   word: 'kommunerna', lemma: 'kommun', lemmaSource: 'lexicon', compound: undefined,
 *   stopword: false, terms: ['kommunerna', 'kommun'],
 * }
 */
export interface WordAnalysis {
  /** The word as given (normalised, lower-case). */
  readonly word: string
  /** Base form: from the lexicon, from the compound's head, Snowball's stem, or the word. */
  readonly lemma: string
  readonly lemmaSource: LemmaSource
  /** The compound split, when the word is one. */
  readonly compound: CompoundSplit | undefined
  /** Whether the word is on the stop-word list (then `terms` is empty). */
  readonly stopword: boolean
  /**
   * Terms to index for the word, de-duplicated: the word, its lemma, and for compounds every
   * part's lemma (parts that are compounds themselves split again) and the nested groups.
   */
  readonly terms: readonly string[]
}

/**
 * Analyses single normalised words, with a bounded cache: text repeats its words, so most
 * calls are one Map lookup.
 *
 * @example
 * const analyzeWord = createWordAnalyzer(lexicon, { cacheSize: 20_000, split: DEFAULT_SPLIT_OPTIONS })
 * analyzeWord('frågorna').lemma // 'fråga'
 */
export function createWordAnalyzer(
  lexicon: Lexicon,
  options: { readonly cacheSize: number; readonly split: SplitOptions },
): (word: string) => WordAnalysis {
  const cache = new WordCache<WordAnalysis>(options.cacheSize)
  const analyze = (word: string, depth: number): WordAnalysis => {
    const cached = cache.get(word)
    if (cached !== undefined) return cached
    const analysis = analyzeUncached(word, depth)
    cache.set(word, analysis)
    return analysis
  }

  const analyzeUncached = (word: string, depth: number): WordAnalysis => {
    if (isStopword(word)) {
      return {
        word,
        lemma: word,
        lemmaSource: 'verbatim',
        compound: undefined,
        stopword: true,
        terms: [],
      }
    }
    const terms = new Set<string>([word])
    const rank = lexicon.rankOf(word)
    const known = rank >= 0 && (lexicon.usageAt(rank) & FORM_IS_WORD) !== 0
    const compound =
      hasLetters(word) && !hasDigits(word) ? splitCompound(lexicon, word, options.split) : undefined
    let lemma = word
    let lemmaSource: LemmaSource = 'verbatim'
    if (known) {
      lemma = lexicon.lemmaAt(rank, word)
      lemmaSource = 'lexicon'
    } else if (compound !== undefined) {
      lemma = compound.lemma
      lemmaSource = 'compound'
    } else if (hasLetters(word) && !hasDigits(word)) {
      lemma = snowballStem(word)
      lemmaSource = 'stemmer'
    }
    terms.add(lemma)
    if (compound !== undefined) {
      for (const part of compound.parts) {
        // "över" in "överblick" is a stop word; as a term it would match nothing useful.
        if (isStopword(part.lemma)) continue
        terms.add(part.lemma)
        // Parts can be compounds too ("arbetsmarknad" in "arbetsmarknadsfrågor"); the depth
        // bound only guards against a pathological dictionary, real words end long before.
        if (depth < 4 && part.lemma.length < word.length) {
          for (const term of analyze(part.lemma, depth + 1).terms) terms.add(term)
        }
      }
      for (const group of compound.groups) terms.add(group)
    }
    return { word, lemma, lemmaSource, compound, stopword: false, terms: [...terms] }
  }

  return (word) => analyze(word, 0)
}

function hasLetters(word: string): boolean {
  return /\p{L}/u.test(word)
}

function hasDigits(word: string): boolean {
  return /\p{N}/u.test(word)
}
