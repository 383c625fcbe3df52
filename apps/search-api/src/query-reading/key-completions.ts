/** A key of the expansion table that completes the end of a query. */
export interface KeyCompletion {
  /** The key, lower case, as the table holds it (`supported employment`). */
  key: string
  /** Words of the query the key replaces, counted from the end (1: the typed word alone). */
  replaces: number
}

/**
 * The keys of the expansion table that the end of the query is on its way to: the typed word
 * (the last of `words`) begins one of the key's words and the words before it are the key's
 * words before that one (`suppor` and `supported empl` → *supported employment*, `NEE` →
 * *neet*). When the typed word could stand for more than one of a key's words, the latest
 * counts: the key that goes on from the most words typed. A key the query already ends in
 * whole is no completion. `beginnings` are the typed word's spellings (as typed, and respelled
 * with å/ä/ö when it is typed without them).
 *
 * @example
 * keysCompleting(['job', 'coa'], ['coa'], ['job coach'])
 * // [{ key: 'job coach', replaces: 2 }]
 */
export function keysCompleting(
  words: readonly string[],
  beginnings: readonly string[],
  keys: readonly string[],
): KeyCompletion[] {
  const found: KeyCompletion[] = []
  for (const key of keys) {
    const keyWords = key.split(' ')
    for (let at = Math.min(keyWords.length, words.length) - 1; at >= 0; at--) {
      const keyWord = keyWords[at] as string
      const isLast = at === keyWords.length - 1
      if (!beginnings.some((b) => keyWord.startsWith(b) && !(isLast && keyWord === b))) continue
      const before = words.slice(words.length - 1 - at, -1)
      if (before.every((word, i) => word === keyWords[i])) {
        found.push({ key, replaces: at + 1 })
        break
      }
    }
  }
  return found
}
