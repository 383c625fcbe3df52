import { foldDiacritics, hasDiacritics } from '@projektbank/analyzer'
import { editDistance } from './_edit-distance.js'
import type { IndexVocabulary } from './vocabulary.js'

/**
 * The index word nearest to `word` within `limit` edits: the fewest edits first, then the word
 * the index holds most often. Shared by typo correction and "Menade du …?", so both pick the
 * same word for the same slip. A word typed without å/ä/ö is compared with the index words
 * folded, so that a slip in a word typed on a foreign keyboard (`forsakringskasan`) costs
 * only the slip, not each missing dot too.
 *
 * @example
 * nearestIndexWord(vocabulary, 'validerng', 1) // { word: 'validering', distance: 1, count: 12 }
 */
export function nearestIndexWord(
  vocabulary: IndexVocabulary,
  word: string,
  limit: number,
): { word: string; distance: number; count: number } | undefined {
  let best: { word: string; distance: number; count: number } | undefined
  const fold = !hasDiacritics(word)
  vocabulary.forEachNear(word, (candidate, count) => {
    const distance = editDistance(word, fold ? foldDiacritics(candidate) : candidate, limit)
    if (distance > limit) return
    if (
      best === undefined ||
      distance < best.distance ||
      (distance === best.distance && count > best.count)
    ) {
      best = { word: candidate, distance, count }
    }
  })
  return best
}
