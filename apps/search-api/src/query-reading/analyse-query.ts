import {
  prepareSnippetQuery,
  type QueryExpansion,
  type QueryTerm,
  type AnalyzedQuery as SwedishQuery,
} from '@projektbank/analyzer'
import type { QueryRewrite } from '@projektbank/model'
import type { AnalysedQuery } from '../search-analyzer.js'
import type { QueryRead } from './drop-unknown-words.js'
import { type ExpandedSearch, expandedQueries } from './expanded-queries.js'
import type { IndexReaders } from './index-readers.js'
import { looserPieces } from './looser-pieces.js'
import { renderQuery } from './meilisearch-queries.js'
import type { QueryContext } from './query-context.js'
import { readTypedQuery, type TypedQuery } from './read-typed-query.js'
import { type SearchedQueries, searchedQueries } from './searched-queries.js'
import { asWord, typedSplit } from './word-being-typed.js'

/**
 * Reads `q` and writes its Meilisearch queries, step by step: parsed, restored and corrected
 * (`readTypedQuery`), written as the raw and analysed queries (`searchedQueries`), read by the
 * tables (`expandedQueries`), and taken apart for a looser search (`looserPieces`). With
 * `verbatim` nothing is restored, corrected or added.
 *
 * @example
 * analyseQuery('kommunerna -covid', false, context).analysed // 'kommun -covid'
 */
export function analyseQuery(
  q: string,
  verbatim: boolean,
  context: Omit<QueryContext, 'readingsOf'>,
): AnalysedQuery {
  const parsed = context.analyzer.analyzeQuery(q)
  // Only stop words ("och"): let Meilisearch match them rather than browse everything.
  if (parsed.terms.length === 0) return stopWordsOnly(q.trim(), [], parsed)
  // Dropping unknown words and expanding both need the query's readings; mostly of the
  // same query (nothing dropped), so they are read once.
  const { tables, readers } = context
  const steps = {
    ...context,
    readingsOf: readingsOfLastQuery((query) => tables.readings(query, readers().isIndexWord)),
  }
  const typed = readTypedQuery(q, parsed, verbatim, steps)
  const { read } = typed
  // Only stop words once their diacritics are back (`pa` → *på*): the same, as spelled.
  if (read.primary.terms.length === 0) {
    return stopWordsOnly(respell(q, read.rewrites), read.rewrites, parsed)
  }
  const lastTyped = q.trimEnd().split(/\s+/u).at(-1) ?? ''
  const searched = searchedQueries(read, typed.typing, steps, lastTyped === lastTyped.toLowerCase())
  const expanded = expandedQueries(typed, searched, verbatim, steps)
  const snippetTerms = snippetTermsOf(read, searched, expanded, context.readers)
  // A part finds something alone when the index has it, or when it is read as something
  // else: a table's reading (`arbetslös` of `långtidsarbetslös`: *arbetssökande*) or a
  // slip's correction.
  const { isIndexWord, correct } = readers()
  const findsAlone = (part: string) =>
    isIndexWord(part) ||
    correct(part) !== undefined ||
    steps.readingsOf(context.analyzer.analyzeQuery(part)).length > 0
  return analysedQuery(q, typed, searched, expanded, verbatim, snippetTerms, findsAlone)
}

/**
 * The terms snippets mark. Snippets mark the spellings of every query: a hit may come from
 * any of them, and through a beginning from a word it begins (*tillgänglighetsexpert* for
 * `exper`).
 */
function snippetTermsOf(
  read: QueryRead,
  { beginning }: SearchedQueries,
  { expansions }: ExpandedSearch,
  readers: () => IndexReaders,
): QueryTerm[] {
  const completions = beginning ? readers().wordsBeginning(beginning.prefix).map(asWord) : []
  return [
    ...read.primary.terms,
    ...(beginning?.query.terms ?? []),
    ...completions,
    ...[read.alternative, ...expansions.queries].flatMap((other) =>
      other ? other.terms.filter((t) => !t.exclude) : [],
    ),
  ]
}

/** The tables' readings of a query, remembered for the last query read. */
function readingsOfLastQuery(
  readings: (query: SwedishQuery) => QueryExpansion[],
): (query: SwedishQuery) => QueryExpansion[] {
  let derived: { query: SwedishQuery; readings: QueryExpansion[] } | undefined
  return (query) => {
    if (derived?.query !== query) derived = { query, readings: readings(query) }
    return derived.readings
  }
}

/** The steps' queries put together as the routes take them. */
function analysedQuery(
  q: string,
  { read, typing }: TypedQuery,
  searched: SearchedQueries,
  { expansions, expanded, together, endsInPrefix: expandedEndsInPrefix }: ExpandedSearch,
  verbatim: boolean,
  snippetTerms: QueryTerm[],
  findsAlone: (part: string) => boolean,
): AnalysedQuery {
  const { single, rawIsIndexWord, rawEndsWhole, rawNamesAPlace } = searched
  const { analysed, analysedEndsInPrefix, typedParts, spelledOut } = searched
  const rewrites = [...read.rewrites, ...expansions.rewrites]
  const togetherKept = together.filter((t) => t !== '' && !expanded.includes(t))
  // A word the corrector guessed is not taken apart either (see `wasCorrected`).
  const looser =
    verbatim || searched.wasCorrected
      ? undefined
      : looserPieces(read.primary, typing, typedSplit(read.primary, searched.beginning), findsAlone)
  return {
    reading: {
      searched: read.rewrites.length > 0 ? renderQuery(read.primary) : q.trim(),
      rewrites,
    },
    alternative: searched.alternative,
    expanded: expanded.filter((e) => e !== ''),
    ...(togetherKept.length > 0 ? { expandedTogether: togetherKept } : {}),
    ...(expandedEndsInPrefix && expansions.queries.length > 0 ? { expandedEndsInPrefix } : {}),
    // One word: its parts together (the compound, or the parts apart), never one part
    // alone; a sheet with only `skola` is no answer to `yrkeshögskola`. On
    // `pnpm eval:search` (2026-12-03): precision@10 0.739 → 0.760, recall@10 0.787 → 0.777.
    analysedMatching: single ? 'all' : 'frequency',
    raw: searched.raw,
    ...(rawIsIndexWord ? { rawIsIndexWord } : {}),
    ...(rawEndsWhole ? { rawEndsWhole } : {}),
    ...(rawNamesAPlace ? { rawNamesAPlace } : {}),
    analysed,
    ...(analysedEndsInPrefix ? { analysedEndsInPrefix } : {}),
    ...(typedParts ? { spelledOutEndsInPrefix: true } : {}),
    ...(spelledOut !== '' ? { spelledOut } : {}),
    ...(looser ? { looser } : {}),
    hasPositiveTerms: searched.positive,
    terms: prepareSnippetQuery({ query: q, terms: snippetTerms }),
  }
}

/** A query of stop words alone, searched as written (see `analyseQuery`). */
function stopWordsOnly(
  written: string,
  rewrites: readonly QueryRewrite[],
  parsed: SwedishQuery,
): AnalysedQuery {
  return {
    reading: { searched: written, rewrites: [...rewrites] },
    alternative: '',
    raw: written,
    analysed: '',
    hasPositiveTerms: written !== '',
    terms: prepareSnippetQuery(parsed),
  }
}

/** The words of `q` with the replacements of `rewrites` in place (`pa` → *på*). */
function respell(q: string, rewrites: readonly QueryRewrite[]): string {
  const replaced = new Map(
    rewrites.filter((r) => r.kind === 'replaced').map((r) => [r.term, r.replacement]),
  )
  return q
    .trim()
    .split(/\s+/u)
    .map((word) => replaced.get(word.toLowerCase()) ?? word)
    .join(' ')
}
