import { type DiacriticVocabulary, foldDiacritics, hasDiacritics } from '@projektbank/analyzer'

/**
 * A vocabulary for restoring diacritics, built from words and how often they occur (the
 * number of documents, or any weight: only the order matters). Only what restoring needs is
 * kept: for each folded spelling that has a form with å/ä/ö/é, those forms by weight, and
 * whether the folded spelling occurs itself.
 *
 * @example
 * const v = buildVocabulary([['umeå', 3], ['far', 1], ['får', 9]])
 * v.formsOf('far') // ['får']
 * v.has('far') // true
 */
export function buildVocabulary(
  words: Iterable<readonly [word: string, weight: number]>,
): DiacriticVocabulary & { readonly size: number } {
  const weights = new Map<string, Map<string, number>>()
  const plain = new Set<string>()
  for (const [word, weight] of words) {
    if (!hasDiacritics(word)) {
      plain.add(word)
      continue
    }
    const folded = foldDiacritics(word)
    let forms = weights.get(folded)
    if (forms === undefined) {
      forms = new Map()
      weights.set(folded, forms)
    }
    forms.set(word, (forms.get(word) ?? 0) + weight)
  }
  const byFolded = new Map<string, readonly string[]>()
  const present = new Set<string>()
  for (const [folded, forms] of weights) {
    byFolded.set(
      folded,
      [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([form]) => form),
    )
    for (const form of forms.keys()) present.add(form)
    // A plain word matters only where it competes with a spelling with diacritics.
    if (plain.has(folded)) present.add(folded)
  }
  return {
    size: byFolded.size,
    formsOf: (folded) => byFolded.get(folded) ?? [],
    has: (word) => present.has(word),
  }
}

/**
 * Consults `first`, then `second`: forms of both, `first`'s before; a word is present when
 * either holds it.
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
  }
}
