/**
 * Fewest letters of a beginning read as the one word it begins: three still begin words of
 * several families in any real index, and a beginning that short is better left a prefix.
 */
export const MIN_SOLE_WORD_BEGINNING = 4

/**
 * The word a beginning being typed is on its way to, when every word of the index that it
 * begins is a form of that one word: `frågo` begins only *frågor* and *frågorna*, so it is
 * on its way to *fråga*, and read as that word it finds every sheet with *fråga*, *frågan* …
 * as the finished word will, not only those with a form that begins `frågo`. The word is
 * returned as its lemma; `undefined` when the beginning is short, begins no word, begins
 * words of several families, begins more words than `begun` lists (`limit`), when the
 * lemma does not begin as the beginning does (`gick` → *gå*: no family to read it as), or
 * when the lemma is the beginning itself.
 *
 * @example
 * soleWordBegun('frågo', () => ['frågor', 'frågorna'], (w) => 'fråga', 32) // 'fråga'
 */
export function soleWordBegun(
  beginning: string,
  begun: (beginning: string) => readonly string[],
  lemmaOf: (word: string) => string,
  limit: number,
): string | undefined {
  const letters = [...beginning]
  if (letters.length < MIN_SOLE_WORD_BEGINNING) return undefined
  const words = begun(beginning)
  if (words.length === 0 || words.length >= limit) return undefined
  const lemmas = new Set(words.map(lemmaOf))
  const [lemma] = lemmas
  if (lemmas.size !== 1 || lemma === undefined) return undefined
  const stem = letters.slice(0, MIN_SOLE_WORD_BEGINNING).join('')
  // The beginning may itself be the lemma (`drop` of *dropout*, read as *drop*): nothing to add.
  return lemma.startsWith(stem) && lemma !== beginning ? lemma : undefined
}
