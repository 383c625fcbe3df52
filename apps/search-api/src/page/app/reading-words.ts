import type { QueryRewrite } from '@projektbank/model'

/**
 * What an added reading searches, as a user reads it: a synonym or an abbreviation written
 * out by itself (*arbete*, *Arbetsförmedlingen*), a word of its own's other spelling within
 * the query (`for unga` → *för unga*, not the bare *för*).
 *
 * @example
 * alsoSearched('for unga', { term: 'for', replacement: 'för', source: 'diacritics', kind: 'added' })
 * // 'för unga'
 */
export function alsoSearched(searched: string, rewrite: QueryRewrite): string {
  if (rewrite.source !== 'diacritics') return rewrite.replacement
  return searched
    .split(' ')
    .map((word) => (word.toLowerCase() === rewrite.term ? rewrite.replacement : word))
    .join(' ')
}
