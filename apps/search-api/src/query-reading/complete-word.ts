import type { SwedishAnalyzer } from '@projektbank/analyzer'
import type { Completion, CompletionSource } from '@projektbank/model'
import type { KeyTable } from './key-table.js'
import { keysBeingTyped } from './keys-being-typed.js'
import { createWordJudge, type OfferedWord } from './offered-words.js'
import { type PrefixIndex, restoreTypedPrefix } from './typed-prefix.js'
import { type TypedWordAtEnd, typedWordAtEnd } from './typed-word-at-end.js'
import type { IndexVocabulary } from './vocabulary.js'

/** What {@link createWordCompleter} completes from. */
export interface WordCompleterSources {
  analyzer: SwedishAnalyzer
  /** The index's words with their document counts; `undefined` before one is loaded. */
  vocabulary: IndexVocabulary | undefined
  /** The place names' words (`prefixes`) and how the names spell them (`spellings`). */
  places: { prefixes: PrefixIndex; spellings: ReadonlyMap<string, string> }
  /** The keys of the expansion table, lower case (`neet`, `supported employment`). */
  keys: KeyTable
}

/** Completes the last word of a query, at most `limit` completions, best first. */
export type CompleteWord = (q: string, limit: number) => Completion[]

/**
 * Words of the index looked at per beginning, the most projects first among them: three
 * letters of a common stem begin a few thousand words on a large index.
 */
const CANDIDATE_SCAN = 5_000

/**
 * Candidates judged per request at most, the most projects first: a verdict reads up to a
 * hundred neighbouring words the first time, so a long list of unwritten lemmas must not
 * make one keystroke slow. Verdicts are kept, and the next letter reads mostly the same.
 */
const JUDGED_PER_REQUEST = 48

interface Candidate {
  /** Lower case. */
  word: string
  count: number
  source: CompletionSource
  /** Words of the query it replaces, from the end. */
  replaces: number
}

/**
 * Completions of the word being typed (see `typedWordAtEnd`) from the index's words, the
 * place names and the expansion table's keys; a beginning typed without å/ä/ö is respelled
 * as the search's reading does (`orebr` → *Örebro*). A key the end of the query is on its way
 * to comes first when it spans several words (`job coa` → *job coach*); then the words most
 * projects hold, one form per word (see `createWordJudge`), never the typed word itself nor
 * its other forms. Words follow the case of what was typed (`NEE` → *NEET*), and place names
 * keep their capitals. Only sorted arrays and maps are read: no request to Meilisearch.
 *
 * @example
 * const complete = createWordCompleter({ analyzer, vocabulary, places, keys })
 * complete('unga arbetsf', 8)[0] // { word: 'arbetsförmedling', query: 'unga arbetsförmedling', count: 32, source: 'index' }
 */
export function createWordCompleter(sources: WordCompleterSources): CompleteWord {
  const { analyzer, vocabulary, places, keys } = sources
  const offered = createWordJudge(analyzer, vocabulary)
  const indexWords = vocabulary?.prefixIndex()
  const prefixIndexes = [...(indexWords ? [indexWords] : []), places.prefixes]
  const count = (word: string) => vocabulary?.count(word) ?? 0
  return (q, limit) => {
    const typed = typedWordAtEnd(q)
    if (typed === undefined) return []
    const beginning = restoreTypedPrefix(typed.typed, prefixIndexes) ?? typed.typed
    const candidates = new Map<string, Candidate>()
    const add = (word: string, source: CompletionSource, replaces = 1) => {
      if (word === typed.typed) return
      candidates.set(word, { word, count: word.includes(' ') ? 0 : count(word), source, replaces })
    }
    const words = indexWords?.wordsStartingWith(beginning, CANDIDATE_SCAN) ?? []
    for (const word of mostCommon(words, count, JUDGED_PER_REQUEST + 1)) add(word, 'index')
    const beginnings = [...new Set([typed.typed, beginning])]
    for (const { key, replaces, whole } of keysBeingTyped(
      typed.words.map((word) => word.text),
      beginnings,
      keys,
    )) {
      // A key the query already ends in whole is no completion.
      if (!whole) add(key, 'expansion', replaces)
    }
    for (const word of places.prefixes.wordsStartingWith(beginning, CANDIDATE_SCAN)) {
      add(word, 'place')
    }
    const ranked = [...candidates.values()].sort(
      (a, b) =>
        b.replaces - a.replaces ||
        b.count - a.count ||
        SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] ||
        byLengthThenSpelling(a.word, b.word),
    )
    // The typed word's own forms are no completions of it (`kommun` → not *kommunerna*).
    const families = new Set<string>()
    if (vocabulary?.has(typed.typed)) {
      const own = offered(typed.typed)
      if (own) families.add(own.family)
    }
    // Words surely written first; a lemma or a part no text may write alone (*sakna*, *kart*)
    // only after them, and its family is then often taken by a written form (*saknas*).
    const completions: Completion[] = []
    const queries = new Set<string>()
    // A key and a word may complete to the same query (`supported empl`): offered once.
    const take = (candidate: Candidate, family: string) => {
      const completion = toCompletion(q, typed, candidate, places.spellings)
      if (queries.has(completion.query)) return
      queries.add(completion.query)
      families.add(family)
      completions.push(completion)
    }
    const deferred: { candidate: Candidate; family: string }[] = []
    let judged = 0
    for (const candidate of ranked) {
      if (completions.length >= limit || judged >= JUDGED_PER_REQUEST) break
      judged++
      const verdict = verdictOf(candidate, offered)
      if (verdict === undefined || families.has(verdict.family)) continue
      if (verdict.written) take(candidate, verdict.family)
      else deferred.push({ candidate, family: verdict.family })
    }
    for (const { candidate, family } of deferred) {
      if (completions.length >= limit) break
      if (!families.has(family)) take(candidate, family)
    }
    return completions
  }
}

const byLengthThenSpelling = (a: string, b: string) =>
  a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)

/**
 * The `k` words of `words` with the highest counts, highest first (ties: shorter, then in
 * sorted order); one pass that keeps a short sorted list, rather than sorting thousands of
 * words on every keystroke.
 */
function mostCommon(words: readonly string[], count: (word: string) => number, k: number) {
  const best: { word: string; count: number }[] = []
  const before = (a: { word: string; count: number }, b: { word: string; count: number }) =>
    a.count > b.count || (a.count === b.count && byLengthThenSpelling(a.word, b.word) < 0)
  for (const word of words) {
    const entry = { word, count: count(word) }
    const last = best.at(-1)
    if (best.length >= k && last !== undefined && !before(entry, last)) continue
    let at = best.length
    while (at > 0 && before(entry, best[at - 1] as (typeof best)[number])) at--
    best.splice(at, 0, entry)
    if (best.length > k) best.pop()
  }
  return best.map((entry) => entry.word)
}

/** Among words as many projects hold: the expansion table's keys, then places, then words. */
const SOURCE_ORDER: Readonly<Record<CompletionSource, number>> = {
  expansion: 0,
  place: 1,
  index: 2,
}

/**
 * The family a candidate shares with its other forms and whether it is surely written;
 * `undefined` when a word of the index is not offered. Places and keys are always offered,
 * as written.
 */
function verdictOf(
  candidate: Candidate,
  offered: (word: string) => OfferedWord | undefined,
): OfferedWord | undefined {
  if (candidate.source === 'index') return offered(candidate.word)
  if (candidate.word.includes(' ')) return { family: candidate.word, written: true }
  return { family: offered(candidate.word)?.family ?? candidate.word, written: true }
}

function toCompletion(
  q: string,
  typed: TypedWordAtEnd,
  candidate: Candidate,
  spellings: ReadonlyMap<string, string>,
): Completion {
  const spelled =
    candidate.source === 'place'
      ? (spellings.get(candidate.word) ?? candidate.word)
      : candidate.word
  const word = inCaseOf(typed.asTyped, spelled)
  const replaced = typed.words[typed.words.length - candidate.replaces]
  const start = replaced?.start ?? q.length - typed.asTyped.length
  return {
    word,
    query: `${q.slice(0, start)}${word}`,
    count: candidate.count,
    source: candidate.source,
  }
}

/** `word` in the case of `typed`: upper case when that is (`NEE`), else its first letter. */
function inCaseOf(typed: string, word: string): string {
  const upper = typed.toLocaleUpperCase('sv')
  if (typed === upper && typed !== typed.toLocaleLowerCase('sv') && [...typed].length > 1) {
    return word.toLocaleUpperCase('sv')
  }
  const first = typed.charAt(0)
  if (first !== first.toLocaleLowerCase('sv')) {
    return word.charAt(0).toLocaleUpperCase('sv') + word.slice(1)
  }
  return word
}
