import { compareCodeUnits } from './_sorted-strings.js'

/** A key of a reading table with its words. */
export interface TableKey {
  /** Lower case, as the table holds it (`supported employment`). */
  readonly key: string
  /** Its words (`supported`, `employment`). */
  readonly keyWords: readonly string[]
}

/** Where a word stands in the keys: which key (its position in `keys`) and which of its words. */
export interface KeyWordPlace {
  readonly key: number
  readonly at: number
}

/**
 * The keys of the reading tables, each split into its words once, and their words sorted:
 * the tables do not change while the API runs, and every keystroke asks which keys begin
 * with the word being typed (the completions, the reading, the suggestions).
 */
export interface KeyTable {
  /** Each key once, in the tables' order. */
  readonly keys: readonly TableKey[]
  /** Every word of every key (`green`, `transition`, `neet`). */
  readonly words: ReadonlySet<string>
  /** Every word of every key, once per place, sorted by code units, for bisection. */
  readonly sortedWords: readonly string[]
  /** Where each of `sortedWords` stands, at the same position. */
  readonly places: readonly KeyWordPlace[]
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
  const placed = split
    .flatMap(({ keyWords }, key) => keyWords.map((word, at) => ({ word, place: { key, at } })))
    .sort((a, b) => compareCodeUnits(a.word, b.word))
  return {
    keys: split,
    words: new Set(split.flatMap((k) => k.keyWords)),
    sortedWords: placed.map((p) => p.word),
    places: placed.map((p) => p.place),
  }
}
