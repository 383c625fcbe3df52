import { foldDiacritics, hasDiacritics } from '@projektbank/analyzer'
import { compareCodeUnits, lowerBound, withPrefix } from './_sorted-strings.js'

/**
 * The beginnings of a vocabulary's words, for the word being typed at the end of a query:
 * Meilisearch reads the last word as a prefix, but a prefix typed without å/ä/ö (`orebr`)
 * matches no spelled word (*örebro*) until the word is finished and its diacritics restored.
 */
export interface PrefixIndex {
  /** Whether some word begins with `prefix` spelled exactly so. */
  hasWordStartingWith(prefix: string): boolean
  /** Up to `limit` words that begin with `prefix` spelled exactly so, in sorted order. */
  wordsStartingWith(prefix: string, limit: number): string[]
  /**
   * The spelling with diacritics of the beginning `folded` stands for, taken from the words
   * whose folded form begins with it (their weights summed per spelling); `undefined` when
   * no word with diacritics begins so.
   */
  respelledPrefix(folded: string): string | undefined
}

/** Words looked at per respelling: a short prefix of a common stem would scan thousands. */
const SCAN_LIMIT = 500

/**
 * Sorted arrays of the words and of the folded words with diacritics; each question is a
 * binary search and a short scan, so the vocabulary of a large index (100 000+ words) costs
 * two sorts when it is loaded and microseconds per query.
 *
 * @example
 * const index = buildPrefixIndex([['örebro', 4], ['orera', 1]])
 * index.hasWordStartingWith('orebr') // false
 * index.respelledPrefix('orebr') // 'örebr'
 */
export function buildPrefixIndex(
  words: Iterable<readonly [word: string, weight: number]>,
): PrefixIndex {
  const all: string[] = []
  const respellable: { folded: string; word: string; weight: number }[] = []
  for (const [word, weight] of words) {
    all.push(word)
    // Folding maps one letter to one letter, so a word's beginning folds to its folded beginning.
    if (hasDiacritics(word)) respellable.push({ folded: foldDiacritics(word), word, weight })
  }
  all.sort(compareCodeUnits)
  respellable.sort((a, b) => compareCodeUnits(a.folded, b.folded))
  const folded = respellable.map((entry) => entry.folded)
  return {
    hasWordStartingWith(prefix) {
      const at = lowerBound(all, prefix)
      return at < all.length && all[at]?.startsWith(prefix) === true
    },
    wordsStartingWith: (prefix, limit) => withPrefix(all, prefix, limit),
    respelledPrefix(prefix) {
      const weights = new Map<string, number>()
      const start = lowerBound(folded, prefix)
      for (let i = start; i < respellable.length && i < start + SCAN_LIMIT; i++) {
        const entry = respellable[i]
        if (entry === undefined || !entry.folded.startsWith(prefix)) break
        const beginning = entry.word.slice(0, prefix.length)
        if (beginning === prefix) continue // its diacritics come after what was typed
        weights.set(beginning, (weights.get(beginning) ?? 0) + entry.weight)
      }
      let best: string | undefined
      for (const [beginning, weight] of weights) {
        const bestWeight = best === undefined ? -1 : (weights.get(best) ?? 0)
        if (
          weight > bestWeight ||
          (weight === bestWeight && best !== undefined && beginning < best)
        ) {
          best = beginning
        }
      }
      return best
    },
  }
}

/** The shortest beginning worth respelling: two letters begin too many words to guess. */
export const MIN_TYPED_PREFIX = 3

/**
 * The spelling with diacritics of a word still being typed, when it is typed without them and
 * no word of the vocabularies begins with it as typed: `orebr` → *örebr*, so that the
 * search's prefix finds *Örebro* before the word is finished. The vocabularies are asked in
 * order (the index's words before the place names), and the first that has a word beginning
 * with the typed letters, as typed or respelled, decides: a place name no text writes does
 * not hold back a respelling the texts have (`alv` is on its way to *Älvsbyn*, which a sheet
 * names, not to *Alvesta*, which none does; as typed it found nothing).
 *
 * @example
 * restoreTypedPrefix('orebr', [buildPrefixIndex([['örebro', 1]])]) // 'örebr'
 * restoreTypedPrefix('arbetsl', [buildPrefixIndex([['arbetslöshet', 1]])]) // undefined
 */
export function restoreTypedPrefix(
  typed: string,
  vocabularies: readonly PrefixIndex[],
): string | undefined {
  if (typed.length < MIN_TYPED_PREFIX || hasDiacritics(typed) || !/^[a-z]+$/u.test(typed)) {
    return undefined
  }
  for (const vocabulary of vocabularies) {
    if (vocabulary.hasWordStartingWith(typed)) return undefined
    const respelled = vocabulary.respelledPrefix(typed)
    if (respelled !== undefined) return respelled
  }
  return undefined
}
