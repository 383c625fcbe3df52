import type { KeyTable } from './key-table.js'
import { type KeyBeingTyped, keysBeingTyped } from './keys-being-typed.js'
import { MIN_COMPLETED_PREFIX } from './typed-word-at-end.js'

/**
 * The key of the reading tables (an abbreviation, a loan word, a synonym's word) that the
 * word being typed completes the query to, when the key's words end the query and its last
 * word begins with what is typed: `NEE` → *neet*, `job coac` → *job coach*. The tables'
 * readings then apply before the word is finished; a loan word or an abbreviation the texts
 * never write (`upskilling`, `NEET`) would otherwise find nothing until its last letter. The
 * key that goes on from the most words typed wins, as in the completions offered under the
 * search box (`supported empl` → *supported employment*, not *employability*); among those
 * the shortest (`coac` → *coach* before *coaching*). Only keys of at least `minKeyWords`
 * words count. `undefined` when no key completes the query.
 *
 * @example
 * keyCompletingQuery(['unga', 'nee'], createKeyTable(['neet', 'af']))?.key // 'neet'
 * keyCompletingQuery(['green', 'trans'], createKeyTable(['green transition', 'transfer']), 2)
 *   ?.key // 'green transition'
 */
export function keyCompletingQuery(
  words: readonly string[],
  keys: KeyTable,
  minKeyWords = 1,
): KeyBeingTyped | undefined {
  const typed = words.at(-1)
  if (typed === undefined || [...typed].length < MIN_COMPLETED_PREFIX) return undefined
  let best: KeyBeingTyped | undefined
  for (const found of keysBeingTyped(words, [typed], keys)) {
    // The typed word must be the key's last word, not one before it (`supported` of
    // *supported employment*): the reading needs the whole key.
    if (!found.endsKey || found.whole || found.keyWords.length < minKeyWords) continue
    if (
      best === undefined ||
      found.replaces > best.replaces ||
      (found.replaces === best.replaces && found.key.length < best.key.length)
    ) {
      best = found
    }
  }
  return best
}

/**
 * The query's words with `key` in place of the words it replaces at the end.
 *
 * @example
 * withKeyAtEnd(['unga', 'green', 'trans'], greenTransition) // 'unga green transition'
 */
export function withKeyAtEnd(words: readonly string[], key: KeyBeingTyped): string {
  return [...words.slice(0, Math.max(0, words.length - key.replaces)), ...key.keyWords].join(' ')
}

/**
 * The key of several words that `word`, typed in full, begins (`green` → *green
 * transition*, `supported` → *supported employment*): the first the list under the search
 * box offers for it, the shortest. `undefined` when `word` is no key's first word.
 *
 * @example
 * keyBegunBy('green', createKeyTable(['green transition', 'transition']))?.key
 * // 'green transition'
 */
export function keyBegunBy(word: string, keys: KeyTable): KeyBeingTyped | undefined {
  let best: KeyBeingTyped | undefined
  for (const found of keysBeingTyped([word], [word], keys)) {
    if (found.endsKey || found.keyWords[0] !== word) continue
    if (best === undefined || found.key.length < best.key.length) best = found
  }
  return best
}

/**
 * The key of several words whose first word `typed` begins but does not finish (`gree` →
 * *green transition*): the shortest. `undefined` when `typed` has fewer than
 * `MIN_COMPLETED_PREFIX` letters or begins no such key's first word.
 *
 * @example
 * keyFirstWordBegun('gree', createKeyTable(['green transition', 'greenwashing']))?.key
 * // 'green transition'
 */
export function keyFirstWordBegun(typed: string, keys: KeyTable): KeyBeingTyped | undefined {
  if ([...typed].length < MIN_COMPLETED_PREFIX) return undefined
  let best: KeyBeingTyped | undefined
  for (const found of keysBeingTyped([typed], [typed], keys)) {
    if (found.keyWords.length < 2 || found.keyWords[0] === typed) continue
    if (best === undefined || found.key.length < best.key.length) best = found
  }
  return best
}
