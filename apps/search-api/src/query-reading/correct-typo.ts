import { FORM_IS_WORD, type Lexicon } from '@projektbank/analyzer'
import { nearestIndexWord } from './_nearest-word.js'
import { typosAllowed } from './typo-budget.js'
import type { IndexVocabulary } from './vocabulary.js'

/** Shortest word corrected: in short words one slip makes another word (`stöd`, `stod`). */
export const MIN_TYPO_WORD_LENGTH = 6

/** A word that is neither in the index nor in the lexicon, and the index word it most likely is. */
export interface TypoCorrection {
  readonly word: string
  readonly corrected: string
  /**
   * `completion` when the word is still being typed and `corrected` is what it is on its way
   * to, not a slip put right; absent: a slip (`typo`).
   */
  readonly source?: 'typo' | 'completion'
}

/**
 * Creates a function that corrects a slip in a long word against the index's own words: a
 * word the index or the lexicon holds, or that `known` accepts, is left alone; otherwise the index word at the smallest
 * edit distance ({@link typosAllowed}: 1, or 2 from 9 letters; a swap of two neighbours
 * counts 1) wins, the most frequent among equals.
 *
 * @example
 * const correct = createTypoCorrector(vocabulary, analyzer.lexicon)
 * correct('validerng') // { word: 'validerng', corrected: 'validering' }
 * correct('validering') // undefined
 */
export function createTypoCorrector(
  vocabulary: IndexVocabulary,
  lexicon: Lexicon,
  known: (word: string) => boolean = () => false,
): (word: string) => TypoCorrection | undefined {
  const cache = new Map<string, TypoCorrection | null>()
  const compute = (word: string): TypoCorrection | null => {
    if (vocabulary.has(word) || known(word)) return null
    const rank = lexicon.rankOf(word)
    if (rank >= 0 && (lexicon.usageAt(rank) & FORM_IS_WORD) !== 0) return null
    const best = nearestIndexWord(vocabulary, word, typosAllowed(word))
    return best ? { word, corrected: best.word } : null
  }
  return (word) => {
    if (word.length < MIN_TYPO_WORD_LENGTH || !/^\p{Ll}+$/u.test(word)) return undefined
    let result = cache.get(word)
    if (result === undefined) {
      result = compute(word)
      if (cache.size >= 10_000) cache.clear()
      cache.set(word, result)
    }
    return result ?? undefined
  }
}
