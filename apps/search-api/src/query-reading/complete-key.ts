import type { KeyTable } from './key-table.js'
import { keysBeingTyped } from './keys-being-typed.js'
import { MIN_COMPLETED_PREFIX } from './typed-word-at-end.js'

/**
 * The query with its word being typed completed to a key of the reading tables (an
 * abbreviation, a loan word, a synonym's word), when the key's words end the query and its
 * last word begins with what is typed: `NEE` → *neet*, `job coac` → *job coach*. The
 * tables' readings then apply before the word is finished; a loan word or an abbreviation
 * the texts never write (`upskilling`, `NEET`) would otherwise find nothing until its last
 * letter. The shortest such key wins (`coac` → *coach* before *coaching*). Only keys of at
 * least `minKeyWords` words count. The same rule as the completions offered under the search
 * box (`keysBeingTyped`), for a key the typed word ends. `undefined` when no key completes
 * the query.
 *
 * @example
 * completeToKey(['unga', 'nee'], createKeyTable(['neet', 'af'])) // 'unga neet'
 * completeToKey(['green', 'trans'], createKeyTable(['green transition', 'transfer']), 2)
 * // 'green transition'
 */
export function completeToKey(
  words: readonly string[],
  keys: KeyTable,
  minKeyWords = 1,
): string | undefined {
  const typed = words.at(-1)
  if (typed === undefined || [...typed].length < MIN_COMPLETED_PREFIX) return undefined
  let best: readonly string[] | undefined
  for (const { key, keyWords, endsKey, whole } of keysBeingTyped(words, [typed], keys)) {
    // The typed word must be the key's last word, not one before it (`supported` of
    // *supported employment*): the reading needs the whole key.
    if (!endsKey || whole || keyWords.length < minKeyWords) continue
    if (best === undefined || key.length < best.join(' ').length) best = keyWords
  }
  return best && [...words.slice(0, words.length - best.length), ...best].join(' ')
}
