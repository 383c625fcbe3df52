import { type DiacriticVocabulary, foldDiacritics, hasDiacritics } from '@projektbank/analyzer'
import { buildPrefixIndex, type PrefixIndex } from './typed-prefix.js'

/**
 * The words of an index with how often they occur: for restoring diacritics
 * ({@link DiacriticVocabulary}) and for correcting typos (`count`, `forEachNear`).
 */
export interface IndexVocabulary extends DiacriticVocabulary {
  /** Distinct words. */
  readonly size: number
  /** Weight of a word (documents holding it), 0 when absent. */
  count(word: string): number
  /**
   * Calls `visit` for every word that could be within edit distance 2 of `word`: the same
   * first letter (or, typed without diacritics, that letter with them: `o` also visits `ö`)
   * and a length within 2 (a slip at the very first letter is rare, and the bucket keeps the
   * scan small).
   */
  forEachNear(word: string, visit: (candidate: string, count: number) => void): void
  /** The beginnings of the words, for a word still being typed; built on first use. */
  prefixIndex(): PrefixIndex
}

/**
 * A vocabulary built from words and how often they occur (the number of documents, or any
 * weight: only the order matters).
 *
 * @example
 * const v = buildVocabulary([['umeå', 3], ['far', 1], ['får', 9]])
 * v.formsOf('far') // ['får']
 * v.has('far') // true
 * v.count('får') // 9
 */
export function buildVocabulary(
  words: Iterable<readonly [word: string, weight: number]>,
): IndexVocabulary {
  const counts = new Map<string, number>()
  for (const [word, weight] of words) counts.set(word, (counts.get(word) ?? 0) + weight)
  const forms = new Map<string, string[]>()
  const buckets = new Map<string, string[]>()
  for (const word of counts.keys()) {
    if (hasDiacritics(word)) {
      const folded = foldDiacritics(word)
      forms.set(folded, [...(forms.get(folded) ?? []), word])
    }
    const key = bucketKey(word)
    const bucket = buckets.get(key)
    if (bucket === undefined) buckets.set(key, [word])
    else bucket.push(word)
  }
  const weight = (word: string) => counts.get(word) ?? 0
  let prefixes: PrefixIndex | undefined
  for (const list of forms.values()) {
    list.sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1))
  }
  return {
    size: counts.size,
    formsOf: (folded) => forms.get(folded) ?? [],
    has: (word) => counts.has(word),
    count: weight,
    prefixIndex() {
      prefixes ??= buildPrefixIndex(counts)
      return prefixes
    },
    forEachNear(word, visit) {
      const first = word.charAt(0)
      const alternatives = hasDiacritics(word) ? [] : (WITH_DIACRITICS[first] ?? [])
      for (const letter of [first, ...alternatives]) {
        for (let length = word.length - 2; length <= word.length + 2; length++) {
          for (const candidate of buckets.get(`${letter}${length}`) ?? []) {
            visit(candidate, weight(candidate))
          }
        }
      }
    },
  }
}

const bucketKey = (word: string) => `${word.charAt(0)}${word.length}`

/** The first letters a word typed without diacritics may stand for (`orebro` for *örebro*). */
const WITH_DIACRITICS: Readonly<Record<string, readonly string[]>> = {
  a: ['å', 'ä'],
  o: ['ö'],
  e: ['é'],
}

/**
 * Consults `first`, then `second`: forms of both, `first`'s before; a word is present when
 * either holds it, and counted as often as both count it.
 *
 * @example
 * const v = combineVocabularies(indexWords, placeNames)
 */
export function combineVocabularies(
  first: DiacriticVocabulary,
  second: DiacriticVocabulary,
): DiacriticVocabulary {
  return {
    formsOf(folded) {
      const a = first.formsOf(folded)
      const b = second.formsOf(folded)
      if (b.length === 0) return a
      if (a.length === 0) return b
      return [...new Set([...a, ...b])]
    },
    has: (word) => first.has(word) || second.has(word),
    count: (word) => (first.count?.(word) ?? 0) + (second.count?.(word) ?? 0),
  }
}
