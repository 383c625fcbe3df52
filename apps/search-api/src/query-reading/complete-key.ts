/** The fewest letters of a word being typed that a table key may complete. */
export const MIN_COMPLETED_LETTERS = 3

/**
 * The query with its word being typed completed to a key of the reading tables (an
 * abbreviation, a loan word, a synonym's word), when the key's words end the query and its
 * last word begins with what is typed: `NEE` → *neet*, `job coac` → *job coach*. The
 * tables' readings then apply before the word is finished; a loan word or an abbreviation
 * the texts never write (`upskilling`, `NEET`) would otherwise find nothing until its last
 * letter. The shortest such key wins (`coac` → *coach* before *coaching*). Only keys of at
 * least `minKeyWords` words count. `undefined` when no key completes the query.
 *
 * @example
 * completeToKey(['unga', 'nee'], ['neet', 'af']) // 'unga neet'
 * completeToKey(['green', 'trans'], ['green transition', 'transfer'], 2) // 'green transition'
 */
export function completeToKey(
  words: readonly string[],
  keys: readonly string[],
  minKeyWords = 1,
): string | undefined {
  const typed = words.at(-1)
  if (typed === undefined || [...typed].length < MIN_COMPLETED_LETTERS) return undefined
  let best: string[] | undefined
  for (const key of keys) {
    const keyWords = key.split(' ')
    if (keyWords.length < minKeyWords) continue
    const last = keyWords.at(-1)
    if (last === undefined || last === typed || !last.startsWith(typed)) continue
    if (keyWords.length > words.length) continue
    const before = words.slice(words.length - keyWords.length, -1)
    if (before.some((word, i) => word !== keyWords[i])) continue
    if (best === undefined || key.length < best.join(' ').length) best = keyWords
  }
  return best && [...words.slice(0, words.length - best.length), ...best].join(' ')
}
