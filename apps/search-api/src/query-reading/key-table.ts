/** A key of a reading table with its words. */
export interface TableKey {
  /** Lower case, as the table holds it (`supported employment`). */
  readonly key: string
  /** Its words (`supported`, `employment`). */
  readonly keyWords: readonly string[]
}

/**
 * The keys of the reading tables, each split into its words once: the tables do not change
 * while the API runs, and every keystroke reads them (the completions, the reading, the
 * suggestions).
 */
export interface KeyTable {
  /** Each key once, in the tables' order. */
  readonly keys: readonly TableKey[]
  /** Every word of every key (`green`, `transition`, `neet`). */
  readonly words: ReadonlySet<string>
}

/**
 * The table of `keys`, lower-cased, each key once.
 *
 * @example
 * createKeyTable(['NEET', 'green transition']).words // Set { 'neet', 'green', 'transition' }
 */
export function createKeyTable(keys: Iterable<string>): KeyTable {
  const unique = [...new Set([...keys].map((key) => key.toLowerCase()))]
  const split = unique.map((key) => ({ key, keyWords: key.split(' ') }))
  return { keys: split, words: new Set(split.flatMap((k) => k.keyWords)) }
}
