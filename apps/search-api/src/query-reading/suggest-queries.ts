import type { SwedishAnalyzer } from '@projektbank/analyzer'
import { nearestIndexWord } from './_nearest-word.js'
import { createKeyTable, type KeyTable } from './key-table.js'
import { wordsOfKeyBeingTyped } from './keys-being-typed.js'
import { typosAllowed } from './typo-budget.js'
import type { IndexVocabulary } from './vocabulary.js'

/**
 * A word's spelling with its diacritics, words of their own included (`for` → *för*, `stod` →
 * *stöd*); `undefined` when it has none.
 */
export type Respell = (word: string) => string | undefined

/** What a suggestion may draw on besides the index's words. */
export interface SuggestionReaders {
  /** Respells a word with its diacritics; none by default. */
  readonly respell?: Respell
  /**
   * The keys of the reading tables, lower case (`green transition`, `neet`): their words are
   * read, not slips, and are never respelled into an index word.
   */
  readonly tableKeys?: KeyTable
}

/**
 * Queries to offer when `q` found nothing, best first ("Menade du …?"): the query as the
 * search reads it (when it was searched verbatim), then the query with every word respelled
 * (`respell`; a phrase is searched as typed, so `"for unga"` finds nothing until it is
 * `"för unga"`), then the query with every word that is not in the index replaced by the
 * index word closest to it (within Meilisearch's typo budget for its length, see
 * {@link typosAllowed}; the most frequent among equals), then that query without the words
 * that are still unknown, unless only stop words or exclusions are left. A word of a table's
 * key, or the query's last word on its way to one (`green trans` → *green transition*), is
 * what the reading reads, not a slip: it is kept as typed. Phrases keep their quotes and
 * exclusions their minus. The caller keeps the first one that finds something.
 *
 * @example
 * suggestQueries(analyzer, vocabulary, 'stodd till unga', 'stodd till unga')
 * // ['stöd till unga', 'till unga']
 * suggestQueries(analyzer, vocabulary, '"nyanlända kvinnorr"', '"nyanlända kvinnorr"')
 * // ['"nyanlända kvinnor"']
 */
export function suggestQueries(
  analyzer: SwedishAnalyzer,
  vocabulary: IndexVocabulary | undefined,
  q: string,
  read: string,
  readers: SuggestionReaders = {},
): string[] {
  const { respell = () => undefined, tableKeys = NO_KEYS } = readers
  const candidates: string[] = []
  const typed = q.trim().toLowerCase()
  if (read.toLowerCase() !== typed) candidates.push(read)
  const segments = querySegments(typed)
  candidates.push(render(segments.map((s) => mapWords(s, (word) => respell(word) ?? word))))
  if (vocabulary !== undefined) {
    const words = segments.flatMap((s) => s.words)
    const readByTables = wordsOfTableKeys(words, tableKeys)
    const nearest = new Map<string, string | undefined | null>()
    for (const word of words) {
      if (nearest.has(word)) continue
      nearest.set(
        word,
        readByTables.has(word) ? undefined : nearestWord(analyzer, vocabulary, word),
      )
    }
    const replaced = segments.map((s) => mapWords(s, (word) => nearest.get(word) ?? word))
    candidates.push(render(replaced))
    // Words neither the index nor a neighbour of theirs knows are left out; numbers and
    // codes stay (the vocabulary holds words only, but the texts and the project ids hold
    // them: `dnr 22-044-s03` → *22-044-s03*).
    const kept = segments.map((s) => ({
      ...s,
      words: s.words.flatMap((word) => {
        const found = nearest.get(word)
        if (found === null && !isKnown(analyzer, vocabulary, word) && !/\d/u.test(word)) {
          return []
        }
        return [found ?? word]
      }),
    }))
    candidates.push(render(kept))
  }
  // Only stop words ("i", "och") or exclusions (`-unga`) left would browse everything: no
  // answer to the query.
  return [...new Set(candidates)].filter(
    (c) =>
      c.toLowerCase() !== typed && analyzer.analyzeQuery(c).terms.some((term) => !term.exclude),
  )
}

/** A word, or a phrase in quotes, of a query; `exclude` for a leading minus. */
interface Segment {
  readonly exclude: boolean
  readonly phrase: boolean
  readonly words: readonly string[]
}

/**
 * The query's words, phrases (a quote left open runs to the end) and exclusions, so that a
 * suggestion changes words and never cuts a phrase's quotes off (`"nyanlända kvinor"` must not
 * become `"nyanlända`).
 */
function querySegments(typed: string): Segment[] {
  const segments: Segment[] = []
  for (const match of typed.matchAll(/(-?)"([^"]*)"?|(\S+)/gu)) {
    const [, minus, phrase, word] = match
    if (phrase !== undefined) {
      segments.push({
        exclude: minus === '-',
        phrase: true,
        words: phrase.split(/\s+/u).filter(Boolean),
      })
    } else if (word !== undefined) {
      const exclude = word.startsWith('-') && word.length > 1
      segments.push({ exclude, phrase: false, words: [exclude ? word.slice(1) : word] })
    }
  }
  return segments
}

const mapWords = (segment: Segment, map: (word: string) => string): Segment => ({
  ...segment,
  words: segment.words.map(map),
})

function render(segments: readonly Segment[]): string {
  return segments
    .filter((s) => s.words.length > 0)
    .map((s) => `${s.exclude ? '-' : ''}${s.phrase ? `"${s.words.join(' ')}"` : s.words.join(' ')}`)
    .join(' ')
}

/**
 * The words of the query that the reading tables read: a word of a key (`green`, `neet`), or
 * part of a key still being typed at the end (`trans` of `green trans`, the same rule as the
 * reading's, see {@link wordsOfKeyBeingTyped}).
 */
function wordsOfTableKeys(words: readonly string[], keys: KeyTable): Set<string> {
  const beingTyped = wordsOfKeyBeingTyped(words, keys)
  return new Set(words.filter((word, i) => keys.words.has(word) || i >= words.length - beingTyped))
}

const NO_KEYS = createKeyTable([])

/** The index word closest to `word`, `undefined` when it is known, `null` when nothing is near. */
function nearestWord(
  analyzer: SwedishAnalyzer,
  vocabulary: IndexVocabulary,
  word: string,
): string | undefined | null {
  if (isKnown(analyzer, vocabulary, word)) return undefined
  if (!/^[\p{Ll}-]+$/u.test(word)) return null
  // Within no edits a word still finds its own spelling with å/ä/ö (`stod` → *stöd*).
  return nearestIndexWord(vocabulary, word, typosAllowed(word))?.word ?? null
}

/** A stop word, an index word, or a word whose lemma the index holds. */
function isKnown(analyzer: SwedishAnalyzer, vocabulary: IndexVocabulary, word: string): boolean {
  if (vocabulary.has(word)) return true
  const terms = analyzer.analyzeQuery(word).terms
  return terms.every((t) => t.lemmas.every((lemma) => vocabulary.has(lemma)))
}
