import type { QueryWord } from './typed-word-at-end.js'

/** A key of the expansion table that completes the end of a query. */
export interface KeyCompletion {
  /** The key, lower case, as the table holds it (`supported employment`). */
  key: string
  /** Words of the query the key replaces, counted from the end (1: the typed word alone). */
  replaces: number
}

/**
 * The keys of the expansion table that the end of the query is on its way to: the typed word
 * begins one of the key's words and the words before it are the key's words before that one
 * (`suppor` and `supported empl` → *supported employment*, `NEE` → *neet*). A key the query
 * already ends in whole is no completion. `beginnings` are the typed word's spellings (as
 * typed, and respelled with å/ä/ö when it is typed without them).
 *
 * @example
 * keysCompleting([{ text: 'job', start: 0 }, { text: 'coa', start: 4 }], ['coa'], ['job coach'])
 * // [{ key: 'job coach', replaces: 2 }]
 */
export function keysCompleting(
  words: readonly QueryWord[],
  beginnings: readonly string[],
  keys: readonly string[],
): KeyCompletion[] {
  const found: KeyCompletion[] = []
  for (const key of keys) {
    const keyWords = key.split(' ')
    for (let at = 0; at < keyWords.length && at < words.length; at++) {
      const keyWord = keyWords[at] as string
      const isLast = at === keyWords.length - 1
      if (!beginnings.some((b) => keyWord.startsWith(b) && !(isLast && keyWord === b))) continue
      const before = words.slice(words.length - 1 - at, -1).map((w) => w.text)
      if (before.every((word, i) => word === keyWords[i])) {
        found.push({ key, replaces: at + 1 })
        break
      }
    }
  }
  return found
}
