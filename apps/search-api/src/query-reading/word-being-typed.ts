import type {
  DiacriticVocabulary,
  QueryTerm,
  SwedishAnalyzer,
  AnalyzedQuery as SwedishQuery,
} from '@projektbank/analyzer'
import { type TypedCompound, typedCompound } from './typed-compound.js'
import type { IndexVocabulary } from './vocabulary.js'

/**
 * Words a beginning may stand for that snippets mark, at most: enough for the words of one
 * stem (*expert*, *experter*, *expertis* …), few enough to keep the highlighter's work small.
 */
export const MARKED_COMPLETIONS = 32

/**
 * The fewest letters of the next part before a beginning that some word has is also searched
 * as a compound's parts: two (`yrkeshö` → *yrke* + `hö…`) begin too many words, which then
 * need only stand in one section with the first part.
 */
export const MIN_SPELLED_OUT_TAIL = 3

/** A plain word as a query term. */
export const asWord = (word: string): QueryTerm => ({
  text: word,
  words: [word],
  lemmas: [word],
  parts: [],
  exclude: false,
  phrase: false,
})

/**
 * The last word of a query when the user may still be typing it: nothing follows it, not
 * even a space, and it is a plain word (Meilisearch reads exactly that word as a prefix).
 */
export function wordBeingTyped(q: string, parsed: SwedishQuery): string | undefined {
  const last = parsed.terms.at(-1)
  if (last === undefined || last.phrase || last.exclude || /\s$/u.test(q)) return undefined
  return q.toLowerCase().endsWith(last.text) ? last.text : undefined
}

/** The query for the twins with the word being typed as a beginning. */
export interface TypedBeginning {
  query: SwedishQuery
  /** The beginning `query` ends in. */
  prefix: string
  /**
   * The query with the beginning read as a compound on its way, its first part and the
   * beginning of the next (`jobbmatchn` → *jobb* `matchn`), when the beginning as a whole
   * begins some word too; it then ends in a beginning as well.
   */
  spelledOut?: SwedishQuery
}

/**
 * The query with its last word as a beginning for the twins, when that word is still being
 * typed (see {@link wordBeingTyped}) and the reading left it no word of the index. The lemma
 * of a half word is no word either (`exper` would be read as *exp*), and the twins hold the
 * compound parts that Meilisearch's prefix search on the texts cannot reach (*expert* in
 * *tillgänglighetsexpert*). A word the lexicon knows or reads as a compound counts as a
 * beginning only when no text writes it and some word of the index begins with it: `försörj`
 * is an imperative no sheet uses, typed on the way to *försörjning*, and read as a word it
 * found only the sheets with *försörja*; `jobbmat` is on its way to *jobbmatchning*, not food.
 * A word the index holds (`far`) and one no index word begins with (`koordinat` on an index
 * without *koordinator*, `digitalkompetens` finished) are searched as words. When no word of the index begins with a non-word either,
 * it may be a compound on its way, read as its first part and the beginning of the next
 * (`digitalkompe` → *digital* `kompe`, see `typedCompound`); when some word does, it may
 * still be one, and is searched as its parts too (`spelledOut`). `undefined` when there is no
 * such word, or no vocabulary to tell.
 *
 * @example
 * typedBeginning(analyzer, analyzer.analyzeQuery('anpassni'), vocabulary, beginsAWord)?.prefix
 * // 'anpassni'
 */
export function typedBeginning(
  analyzer: SwedishAnalyzer,
  query: SwedishQuery,
  vocabulary: DiacriticVocabulary | IndexVocabulary | undefined,
  beginsAWord: (typed: string) => boolean,
): TypedBeginning | undefined {
  const last = query.terms.at(-1)
  if (vocabulary === undefined || last === undefined || last.phrase || last.exclude) {
    return undefined
  }
  if (vocabulary.has(last.text)) return undefined
  const { lemmaSource } = analyzer.analyzeWord(last.text)
  const aWord = lemmaSource === 'lexicon' || lemmaSource === 'compound'
  const begins = beginsAWord(last.text)
  // A word no text writes but that begins words texts do write is on its way to one of them.
  if (aWord && !begins) return undefined
  const asTyped = (text: string, lemma = text) => ({
    ...last,
    text,
    words: [text],
    lemmas: [lemma],
    parts: [],
  })
  const withTerms = (terms: ReturnType<typeof asTyped>[]) => ({
    ...query,
    terms: [...query.terms.slice(0, -1), ...terms],
  })
  const whole = withTerms([asTyped(last.text)])
  // Read as a compound on its way: its first part, and the beginning of the next.
  const split = typedCompound(analyzer.lexicon, last.text, beginsAWord)
  const asParts = ({ head, tail }: TypedCompound) =>
    withTerms([asTyped(last.text.slice(0, -tail.length), head), asTyped(tail)])
  if (!begins) {
    return split
      ? { query: asParts(split), prefix: split.tail }
      : { query: whole, prefix: last.text }
  }
  // Some word begins with it, and it may still be a compound on its way, which texts often
  // write as two words: `jobbmatchn` begins *jobbmatchning*, and its parts apart find what
  // the finished word will (*jobb* … *matchning*).
  const spelledOut =
    split && [...split.tail].length >= MIN_SPELLED_OUT_TAIL ? asParts(split) : undefined
  return { query: whole, prefix: last.text, ...(spelledOut ? { spelledOut } : {}) }
}

/**
 * The compound being typed as its parts, the beginning of the next after them: the spelled-out
 * reading of a beginning index words have (`jobbmatchn` → *jobb* `matchn`), or the reading of
 * one nothing begins with (`jobbmatc` → *jobb* `matc`). `undefined` when the word being typed
 * is no compound on its way.
 *
 * @example
 * typedSplit(query, typedBeginning(analyzer, query, vocabulary, beginsAWord))
 * // for `jobbmatc`: the query *jobb* `matc`
 */
export function typedSplit(
  query: SwedishQuery,
  beginning: TypedBeginning | undefined,
): SwedishQuery | undefined {
  if (beginning === undefined) return undefined
  if (beginning.spelledOut) return beginning.spelledOut
  return beginning.query.terms.length > query.terms.length ? beginning.query : undefined
}
