import type { JudgedQuery } from './judgments.js'

/**
 * How much of the last word is typed when the search runs mid-word: the page searches at
 * every pause in typing, so these are answers a person sees before finishing the word.
 */
export const TYPED_SHARES = [0.5, 0.75] as const

/** The fewest letters of the last word typed: one or two letters are no query yet. */
export const MIN_TYPED_LETTERS = 3

/**
 * The query as typed with `share` of its last word (at least {@link MIN_TYPED_LETTERS}
 * letters, rounded up), or the query itself when that is the whole word.
 *
 * @example
 * typedPrefix('nyanlända kvinnor', 0.5) // 'nyanlända kvin'
 * typedPrefix('AF', 0.5) // 'AF'
 */
export function typedPrefix(query: string, share: number): string {
  const match = /(\S+)(\s*)$/u.exec(query)
  if (!match?.[1]) return query
  const word = [...match[1]]
  const typed = Math.max(MIN_TYPED_LETTERS, Math.ceil(word.length * share))
  if (typed >= word.length) return query
  return query.slice(0, match.index) + word.slice(0, typed).join('')
}

/**
 * The judged queries as typed with `share` of their last word: same ids and judgments, the
 * query cut (or whole, when its last word is too short to cut).
 *
 * @example
 * typedQueries(queries, 0.75)[0]?.query // 'undersköter' for 'undersköterska'
 */
export function typedQueries(queries: readonly JudgedQuery[], share: number): JudgedQuery[] {
  return queries.map((query) => ({ ...query, query: typedPrefix(query.query, share) }))
}
