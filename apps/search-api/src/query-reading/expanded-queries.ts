import type { AnalyzedQuery as SwedishQuery } from '@projektbank/analyzer'
import { wordCount, wordTerms } from './_word-terms.js'
import { keyCompletingQuery, withKeyAtEnd } from './complete-key.js'
import { type ExpandedQueries, expandQuery } from './expand-query.js'
import { meilisearchQueries } from './meilisearch-queries.js'
import { listOffersKey } from './offered-first.js'
import type { QueryContext } from './query-context.js'
import type { TypedQuery } from './read-typed-query.js'
import type { SearchedQueries } from './searched-queries.js'
import { typedSplit } from './word-being-typed.js'

/** The queries searched after the query itself, for its readings by the tables. */
export interface ExpandedSearch {
  /** The expanded queries as the analyser reads them (snippets mark their terms). */
  readonly expansions: ExpandedQueries
  /** For the `svTerms.*` twins: one analysed query per reading, `''` for one that reads as nothing. */
  readonly expanded: readonly string[]
  /** The readings of several terms at once (the first of each, then the second); may be empty. */
  readonly together: readonly string[]
  /** Whether the expanded queries end in the beginning of a compound being typed. */
  readonly endsInPrefix: boolean
}

/**
 * The readings of a query as read (abbreviations, synonyms, derived words, the thesaurus) as
 * queries for the twins: of a compound being typed, of the key of the tables the word being
 * typed completes the query to, or else of the query. None with `verbatim`.
 *
 * @example
 * expandedQueries(typed, searched, false, context).expanded // ['arbetsförmedling'] for `af`
 */
export function expandedQueries(
  typed: TypedQuery,
  searched: Pick<SearchedQueries, 'single' | 'beginning'>,
  verbatim: boolean,
  context: QueryContext,
): ExpandedSearch {
  const { analyzer, tables, readingsOf } = context
  const { typing, typedWords, typedKey, read } = typed
  const { single, beginning } = searched
  const { readReplacement, tableKeys } = tables
  const expand = (query: SwedishQuery) => expandQuery(readReplacement, query, readingsOf(query))
  // A compound being typed is read as its parts typed in full, the beginning after them
  // kept: `jobbmatc`, which the analyser cannot split, as *arbete* `matc…` (4 sheets on
  // the eval sheets, where it found nothing), `jobbmatchn` as *arbete* `matchn…`. A word
  // the lexicon splits and no index word begins with (`jobbmat` there) is a finished
  // compound, read as before (*arbete mat*), and so is one whose last part the tables
  // read (`barnfattig`: *fattig* → *ekonomiskt utsatta*). Decided once per query.
  const split = single ? typedSplit(read.primary, beginning) : undefined
  const typedCompound = split && !tables.readsTail(read.primary) ? split : undefined
  let expansions: ExpandedQueries = verbatim
    ? { queries: [], together: [], rewrites: [] }
    : typedCompound
      ? expandQuery(readReplacement, typedCompound, tables.partReadings(typedCompound))
      : expand(read.primary)
  // A loan word or an abbreviation being typed reads as the table's key it begins. A
  // word being typed that is already a word (`trans`, a trance) may still be on its way
  // to the last word of a key of several words whose others are typed in full
  // (`green trans` → *green transition*); alone it is searched as the word it is.
  // Only the word being typed counts: a reading of a word before it (`ungdomar` →
  // *unga*) left `ungdomar utan job` without *jobb*'s readings. The key as typed
  // (`typedKey`) stands; only a query the reading respelled (`sma och medelstora foret`
  // → *små och medelstora föret…*) or a beginning, which a key of one word may
  // complete, is looked at again.
  const typedWordRead =
    !verbatim && readingsOf(read.primary).some((e) => e.end === read.primary.terms.length)
  const completed = (() => {
    if (typing === undefined || typedWordRead) return undefined
    const words = wordTerms(read.primary).map((t) => t.text)
    const respelled = words.join(' ') !== typedWords.join(' ')
    if (typedKey !== undefined) return withKeyAtEnd(words, typedKey)
    const key =
      respelled || beginning !== undefined
        ? keyCompletingQuery(words, tableKeys, beginning === undefined ? 2 : 1)
        : undefined
    // Only a key the list under the box offers (`listOffersKey`): `arb` is on its way to
    // *arbetsgivare* or *arbete*, not to the key *arbetslös*.
    return key && listOffersKey(key, words.join(' '), context)
      ? withKeyAtEnd(words, key)
      : undefined
  })()
  const endsInPrefix = typedCompound !== undefined && completed === undefined
  if (completed !== undefined) expansions = expand(analyzer.analyzeQuery(completed))
  // A one-word expansion is searched whole, as a one-word query is: `yh` finds sheets with
  // *yrkeshögskola*, not every sheet with *yrke* and *högskola* somewhere.
  const expanded = [
    ...new Set(
      expansions.queries.map(
        (e) => meilisearchQueries(e, wordCount(e) === 1 ? 'whole' : 'parts').analysed,
      ),
    ),
  ]
  const together = [
    ...new Set(expansions.together.map((e) => meilisearchQueries(e, 'parts').analysed)),
  ]
  return { expansions, expanded, together, endsInPrefix }
}
