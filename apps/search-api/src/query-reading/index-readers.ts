import {
  createDiacriticRestorer,
  type DiacriticVocabulary,
  SWEDISH_STOPWORDS,
  type SwedishAnalyzer,
} from '@projektbank/analyzer'
import { type CompleteWord, createWordCompleter } from './complete-word.js'
import { createTypoCorrector } from './correct-typo.js'
import type { KeyTable } from './key-table.js'
import { placeNameSpellings } from './place-names.js'
import type { WordReaders } from './read-query.js'
import { buildPrefixIndex, restoreTypedPrefix } from './typed-prefix.js'
import { buildVocabulary, combineVocabularies, type IndexVocabulary } from './vocabulary.js'
import { MARKED_COMPLETIONS } from './word-being-typed.js'

/** What the index's words, the place names and the lexicon tell of a query's words. */
export interface IndexReaders extends WordReaders {
  /** The index's vocabulary these readers were built for; `undefined`: no index. */
  vocabulary: DiacriticVocabulary | IndexVocabulary | undefined
  /** Whether some project text (or place name) has the word; `undefined`: no index. */
  knows: ((word: string) => boolean) | undefined
  /** Completions of the word being typed, for the list under the search box. */
  complete: CompleteWord
}

/** Where {@link createIndexReaders} finds the index's words. */
export interface IndexReaderSources {
  /** The index's words, asked on every query (the same object until the index changes). */
  vocabulary?: () => DiacriticVocabulary | IndexVocabulary | undefined
}

/**
 * The readers of the current index's words, and the place names after them. The index's
 * vocabulary may be replaced while the API runs: the restorer and the typo corrector (and
 * their caches) are rebuilt when it is.
 *
 * @example
 * const readers = createIndexReaders(analyzer, { vocabulary: () => words }, tables)
 * readers().restore('orebro')?.restored // 'örebro'
 */
export function createIndexReaders(
  analyzer: SwedishAnalyzer,
  sources: IndexReaderSources,
  tables: {
    isExpansionKey: (word: string) => boolean
    isKeyAsTyped: (word: string) => boolean
    expansionKeys: KeyTable
  },
): () => IndexReaders {
  const placeSpellings = placeNameSpellings()
  const places = buildVocabulary([...placeSpellings.keys()].map((word) => [word, 1] as const))
  // The texts write the stop words and Meilisearch finds them there, but the twins, whose
  // words the index's vocabulary counts, leave them out: `varj` is on its way to *varje*.
  const stopWords = buildPrefixIndex([...SWEDISH_STOPWORDS].map((word) => [word, 1] as const))
  let readersOf: IndexReaders | undefined
  return () => {
    const vocabulary = sources.vocabulary?.()
    if (readersOf === undefined || readersOf.vocabulary !== vocabulary) {
      const combined = vocabulary ? combineVocabularies(vocabulary, places) : places
      const restore = createDiacriticRestorer(analyzer.lexicon, { vocabulary: combined })
      // Typos are corrected only against an index's counted words.
      const correct: WordReaders['correct'] =
        vocabulary && 'forEachNear' in vocabulary
          ? createTypoCorrector(vocabulary, analyzer.lexicon, tables.isExpansionKey)
          : () => undefined
      const indexWords =
        vocabulary && 'prefixIndex' in vocabulary ? vocabulary.prefixIndex() : undefined
      const prefixes = [...(indexWords ? [indexWords] : []), places.prefixIndex()]
      const written = [...(indexWords ? [indexWords, stopWords] : []), places.prefixIndex()]
      const restorePrefix = (typed: string) => restoreTypedPrefix(typed, written)
      // Some word of the index begins with the word or one of its lemmas (*värk* for
      // *värken*): the twins match lemmas, so an inflected form the texts lack still counts.
      const indexHolds = (word: string) =>
        indexWords === undefined ||
        [word, ...analyzer.analyzeQuery(word).terms.flatMap((t) => t.lemmas)].some((w) =>
          indexWords.hasWordStartingWith(w),
        )
      const isIndexWord = (word: string) => vocabulary === undefined || vocabulary.has(word)
      const beginsAWord = (typed: string) => prefixes.some((p) => p.hasWordStartingWith(typed))
      const beginsAWrittenWord = (typed: string) =>
        written.some((p) => p.hasWordStartingWith(typed))
      const wordsBeginning = (typed: string) => [
        ...new Set(prefixes.flatMap((p) => p.wordsStartingWith(typed, MARKED_COMPLETIONS))),
      ]
      // Only an index's counted words tell what no project has; place names count as known.
      const knows =
        vocabulary && 'forEachNear' in vocabulary ? (word: string) => combined.has(word) : undefined
      const complete = createWordCompleter({
        analyzer,
        vocabulary: vocabulary && 'prefixIndex' in vocabulary ? vocabulary : undefined,
        places: { prefixes: places.prefixIndex(), spellings: placeSpellings },
        keys: tables.expansionKeys,
      })
      readersOf = {
        knows,
        complete,
        vocabulary,
        restore,
        correct,
        restorePrefix,
        indexHolds,
        isIndexWord,
        isPlaceName: (word) => places.has(word),
        isKeyAsTyped: tables.isKeyAsTyped,
        beginsAWord,
        beginsAWrittenWord,
        wordsBeginning,
      }
    }
    return readersOf
  }
}
