import { lowerBound } from './_sorted-strings.js'
import type { KeyTable, KeyWordPlace, TableKey } from './key-table.js'

/** A key of the reading tables that the end of a query is on its way to. */
export interface KeyBeingTyped {
  /** The key, lower case, as the table holds it (`supported employment`). */
  readonly key: string
  /** The key's words (`supported`, `employment`). */
  readonly keyWords: readonly string[]
  /** Words at the end of the query that are the key's, the typed word included (1: it alone). */
  readonly replaces: number
  /** Whether the typed word stands for the key's last word (`green trans`, not `suppor`). */
  readonly endsKey: boolean
  /** Whether the typed word is the key's last word in full: nothing is left to complete. */
  readonly whole: boolean
}

/**
 * The keys of the reading tables that the end of the query is on its way to: the typed word
 * (the last of `words`) begins one of the key's words and the words before it are the key's
 * words before that one (`suppor` and `supported empl` → *supported employment*, `NEE` →
 * *neet*, `green trans` → *green transition*). When the typed word could stand for more than
 * one of a key's words, the latest counts: the key that goes on from the most words typed;
 * a key's last word typed in full is reported `whole`, and the key's earlier words are still
 * tried. `beginnings` are the typed word's spellings (as typed, and respelled with å/ä/ö when
 * it is typed without them).
 *
 * This is the one rule for a key being typed: the completions under the search box offer
 * what it finds, the reading completes the query to the key it ends, and neither leaving out
 * unknown words nor suggesting respellings touches the key's words.
 *
 * @example
 * keysBeingTyped(['job', 'coa'], ['coa'], createKeyTable(['job coach']))
 * // [{ key: 'job coach', keyWords: ['job', 'coach'], replaces: 2, endsKey: true, whole: false }]
 */
export function keysBeingTyped(
  words: readonly string[],
  beginnings: readonly string[],
  table: KeyTable,
): KeyBeingTyped[] {
  // The key words some beginning begins, by key and place; `true` when one of them is
  // longer than the beginning (the word is not typed in full).
  const begun = new Map<number, Map<number, boolean>>()
  for (const beginning of new Set(beginnings)) {
    for (let i = lowerBound(table.sortedWords, beginning); i < table.sortedWords.length; i++) {
      const keyWord = table.sortedWords[i] as string
      if (!keyWord.startsWith(beginning)) break
      const { key, at } = table.places[i] as KeyWordPlace
      if (at >= words.length) continue
      const places = begun.get(key) ?? new Map<number, boolean>()
      places.set(at, places.get(at) === true || keyWord !== beginning)
      begun.set(key, places)
    }
  }
  const found: KeyBeingTyped[] = []
  for (const key of [...begun.keys()].sort((a, b) => a - b)) {
    const { key: text, keyWords } = table.keys[key] as TableKey
    const places = begun.get(key) as Map<number, boolean>
    for (const at of [...places.keys()].sort((a, b) => b - a)) {
      const before = words.slice(words.length - 1 - at, -1)
      if (!before.every((word, i) => word === keyWords[i])) continue
      const endsKey = at === keyWords.length - 1
      const whole = endsKey && places.get(at) === false
      found.push({ key: text, keyWords, replaces: at + 1, endsKey, whole })
      if (!whole) break
    }
  }
  return found
}

/**
 * How many words at the end of the query belong to a key whose last word is being typed,
 * in full or not (`unga green transiti` → 2); 0 when none does. The reading's expansions do
 * not read such a key yet, but it will be one: its words are neither left out nor respelled.
 *
 * @example
 * wordsOfKeyBeingTyped(['unga', 'green', 'transiti'], createKeyTable(['green transition'])) // 2
 */
export function wordsOfKeyBeingTyped(words: readonly string[], table: KeyTable): number {
  const typed = words.at(-1)
  if (typed === undefined) return 0
  let most = 0
  for (const { endsKey, replaces } of keysBeingTyped(words, [typed], table)) {
    if (endsKey && replaces > most) most = replaces
  }
  return most
}

/** A word of the query typed toward a key of the tables, see {@link keyWordsTyped}. */
export interface KeyWordTyped {
  /** The keys' words it stands for, in its place (`coach` for `coac` of `job coac`). */
  readonly keyWords: ReadonlySet<string>
  /**
   * Whether it only begins the first word of keys of several words (`prakti` of *praktisk
   * arbetslivsorientering*, `langua` of *language café*): it may as well be on its way to a
   * word of the index.
   */
  readonly firstWordBegun: boolean
}

/**
 * The words at the end of the query that stand for words of the key being typed, each with
 * the key's word it stands for (`job coac` → *job* for `job`, *coach* for `coac`). Of the keys
 * the end of the query is on its way to, the one that goes on from the most words typed
 * counts (`coac` after `job` is on its way to *job coach*, not to *coaching*); keys as long
 * give a word each.
 *
 * @example
 * keyWordsTyped(['unga', 'job', 'coac'], createKeyTable(['job coach', 'coaching']))
 * // Map { 'job' => { keyWords: Set { 'job' }, … }, 'coac' => { keyWords: Set { 'coach' }, … } }
 */
export function keyWordsTyped(
  words: readonly string[],
  table: KeyTable,
): Map<string, KeyWordTyped> {
  const typed = words.at(-1)
  const found = typed === undefined ? [] : keysBeingTyped(words, [typed], table)
  const longest = Math.max(0, ...found.map((key) => key.replaces))
  const begun = found.filter((key) => key.replaces === longest)
  const firstWordBegun = begun.every(
    (key) => key.replaces === 1 && !key.endsKey && key.keyWords[0] !== typed,
  )
  const standsFor = new Map<string, Set<string>>()
  for (const { keyWords } of begun) {
    words.slice(words.length - longest).forEach((word, i) => {
      const keyWord = keyWords[i]
      if (keyWord !== undefined)
        standsFor.set(word, (standsFor.get(word) ?? new Set()).add(keyWord))
    })
  }
  return new Map([...standsFor].map(([word, keyWords]) => [word, { keyWords, firstWordBegun }]))
}
