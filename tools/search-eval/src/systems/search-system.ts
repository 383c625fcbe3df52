/**
 * One of the compared systems: it gets the corpus once, then answers queries with document
 * ids, best first.
 *
 * @example
 * const ids = await system.search('undersköterska') // ['a-6e7e9114cd5c6f90', …]
 */
export interface SearchSystem {
  /** Short key used in tables: `a`, `b`, `c`. */
  readonly key: string
  /** What the system is, for the report. */
  readonly label: string
  /** The ids of the first `limit` hits. */
  search(query: string, limit: number): Promise<string[]>
}
