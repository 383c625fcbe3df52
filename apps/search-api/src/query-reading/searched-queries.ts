import type { DiacriticVocabulary, AnalyzedQuery as SwedishQuery } from '@projektbank/analyzer'
import type { QueryRewrite } from '@projektbank/model'
import { wordCount, wordTerms } from './_word-terms.js'
import type { QueryRead } from './drop-unknown-words.js'
import { meilisearchQueries } from './meilisearch-queries.js'
import { namesAPlace } from './names-a-place.js'
import type { QueryContext } from './query-context.js'
import type { IndexVocabulary } from './vocabulary.js'
import { type TypedBeginning, typedBeginning } from './word-being-typed.js'

/** The Meilisearch queries of a query as read, before any expansion (see `AnalysedQuery`). */
export interface SearchedQueries {
  /** For the original fields. */
  readonly raw: string
  /** Whether the query has anything to match. */
  readonly positive: boolean
  /** Whether the query as read has one word (neither phrase nor exclusion). */
  readonly single: boolean
  /** The one word is a word of the index as it stands: no typos in the raw query. */
  readonly rawIsIndexWord: boolean
  /** The last word is an abbreviation of the table, matched whole. */
  readonly rawEndsWhole: boolean
  /** Several words, of which some name a place that stays required. */
  readonly rawNamesAPlace: boolean
  /** The query for the twins with the word being typed as a beginning, if it is one. */
  readonly beginning: TypedBeginning | undefined
  /** For the `svTerms.*` twins. */
  readonly analysed: string
  /** The last word of `analysed` is the word being typed, as typed: a beginning. */
  readonly analysedEndsInPrefix: boolean
  /** The one word is the typo corrector's guess for a slip. */
  readonly wasCorrected: boolean
  /** A compound being typed, as its parts apart; `''` when there is none. */
  readonly typedParts: string
  /** A one-word compound as its parts apart; `''` when there is none. */
  readonly spelledOut: string
  /** The analysed query with the words of their own respelled; `''` when there are none. */
  readonly alternative: string
}

/**
 * Whether the query's one word (neither phrase nor exclusion) is a word of the index as it
 * stands in the query, which is its restored or corrected form when it was rewritten.
 */
function isIndexWord(
  parsed: SwedishQuery,
  vocabulary: DiacriticVocabulary | IndexVocabulary | undefined,
): boolean {
  const word = parsed.terms.find((t) => !t.exclude && !t.phrase)
  return word !== undefined && vocabulary?.has(word.text) === true
}

/**
 * The words the typo corrector put in place of a slip. A completed word (`skolnärva` →
 * *skolnärvaro*, typed on its way) is no guess: it is read as the finished word is.
 */
const correctedWords = (rewrites: readonly QueryRewrite[]) =>
  new Set(rewrites.filter((r) => r.source === 'typo').map((r) => r.replacement))

/**
 * The raw, analysed, spelled-out and alternative queries of a query as read, and what
 * Meilisearch is told of their last words. `typing` is the word still being typed, if any;
 * `typedInLowerCase`, whether it stands so in the query (`mi`, not `MI`).
 *
 * @example
 * searchedQueries(read, undefined, context).spelledOut // 'omsorg personal' for `omsorgspersonal`
 */
export function searchedQueries(
  read: QueryRead,
  typing: string | undefined,
  { analyzer, tables, readers }: QueryContext,
  typedInLowerCase = false,
): SearchedQueries {
  const { raw, positive } = meilisearchQueries(read.primary)
  const single = wordCount(read.primary) === 1
  const vocabulary = readers().vocabulary
  const rawIsIndexWord = single && isIndexWord(read.primary, vocabulary)
  const rawNamesAPlace = !single && namesAPlace(wordTerms(read.primary).map((t) => t.text))
  const lastWord = read.primary.terms.at(-1)
  // A beginning typed in lower case that no text writes as a word but some begin is on its
  // way to them, though it be an abbreviation of the table: `mi` (*motiverande samtal*) of
  // `minska`, `sva` of `svar`, whole, found nothing on the seeds.
  const begunInLowerCase =
    typing !== undefined &&
    typedInLowerCase &&
    !readers().isIndexWord(typing) &&
    readers().beginsAWord(typing)
  const rawEndsWhole =
    lastWord !== undefined &&
    !lastWord.phrase &&
    tables.abbreviations.has(lastWord.text) &&
    !(begunInLowerCase && lastWord.text === typing)
  // An abbreviation of the table is matched whole in the twins too, as in the texts:
  // as a beginning, `SKR` found *skriva* and ranked a sheet on writing a CV first.
  const beginning =
    typing === undefined || rawEndsWhole
      ? undefined
      : typedBeginning(analyzer, read.primary, vocabulary, readers().beginsAWord)
  const twinQuery = beginning?.query ?? read.primary
  const asParts = meilisearchQueries(twinQuery).analysed
  // One compound: the compound itself first, its parts apart (spelled out) after it. The
  // parts alone also find texts that merely mention both somewhere (`skola` and `närvaro`
  // in different sections); as a weaker, thresholded query they no longer crowd the page.
  const analysed = single ? meilisearchQueries(twinQuery, 'whole').analysed : asParts
  const analysedEndsInPrefix =
    beginning !== undefined && analysed.split(' ').at(-1) === beginning.prefix
  // A word the corrector put in place of a slip is searched as the index spells it, never
  // spelled out: its parts apart would add texts that never use the word to a guess.
  const corrected = correctedWords(read.rewrites)
  const wasCorrected = single && wordTerms(read.primary).some((t) => corrected.has(t.text))
  // A compound being typed, its parts apart too (`jobb matchn`), as the finished word.
  const typedParts =
    single && !wasCorrected && beginning?.spelledOut
      ? meilisearchQueries(beginning.spelledOut).analysed
      : ''
  const spelledOut = typedParts || (analysed !== asParts && !wasCorrected ? asParts : '')
  const alternative = read.alternative ? meilisearchQueries(read.alternative).analysed : ''
  return {
    raw,
    positive,
    single,
    rawIsIndexWord,
    rawEndsWhole,
    rawNamesAPlace,
    beginning,
    analysed,
    analysedEndsInPrefix,
    wasCorrected,
    typedParts,
    spelledOut,
    alternative,
  }
}
