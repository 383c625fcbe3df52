import { readFileSync } from 'node:fs'
import type { SynonymPair } from './select-pairs.js'

/** A pair the relevance set measured, with what it showed. */
export interface ReviewedPair extends SynonymPair {
  /** The figures behind the decision. */
  readonly why: string
}

/** `data/thesaurus-review.json`: the measured pairs, kept or denied. */
export interface ThesaurusReview {
  readonly kept: readonly ReviewedPair[]
  readonly denied: readonly ReviewedPair[]
}

/**
 * Reads the review file and checks its shape; throws naming the first bad row.
 *
 * @example
 * readReview('data/thesaurus-review.json').kept[0] // { from: 'far', to: 'pappa', why: '…' }
 */
export function readReview(path: string): ThesaurusReview {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'))
  const list = (name: 'kept' | 'denied'): ReviewedPair[] => {
    const rows = typeof data === 'object' && data !== null ? Reflect.get(data, name) : undefined
    if (!Array.isArray(rows)) throw new Error(`readReview: ${path} needs an array "${name}"`)
    return rows.map((row: unknown, index) => {
      const field = (key: string) =>
        typeof row === 'object' && row !== null ? Reflect.get(row, key) : undefined
      const [from, to, why] = [field('from'), field('to'), field('why')]
      if (typeof from !== 'string' || typeof to !== 'string' || typeof why !== 'string') {
        throw new Error(
          `readReview: ${path} ${name}[${index}] needs the strings from, to and why, found ${JSON.stringify(row)?.slice(0, 80)}`,
        )
      }
      return { from, to, why }
    })
  }
  return { kept: list('kept'), denied: list('denied') }
}
