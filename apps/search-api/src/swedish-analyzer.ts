import {
  type DiacriticVocabulary,
  type ExpansionEntry,
  highlightSnippet,
  prepareSnippetQuery,
  type QueryExpansion,
  type SnippetQuery,
  type SwedishAnalyzer,
  type AnalyzedQuery as SwedishQuery,
} from '@projektbank/analyzer'
import { analysisDigest, loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import type { QueryRewrite } from '@projektbank/model'
import { keyBegunBy, keyCompletingQuery, withKeyAtEnd } from './query-reading/complete-key.js'
import { dropUnknownWords } from './query-reading/drop-unknown-words.js'
import { expandQuery } from './query-reading/expand-query.js'
import { createIndexReaders } from './query-reading/index-readers.js'
import { looserPieces } from './query-reading/looser-pieces.js'
import { meilisearchQueries, renderQuery } from './query-reading/meilisearch-queries.js'
import { namesAPlace } from './query-reading/names-a-place.js'
import { readQuery } from './query-reading/read-query.js'
import { createReadingTables } from './query-reading/reading-tables.js'
import { suggestQueries } from './query-reading/suggest-queries.js'
import type { IndexVocabulary } from './query-reading/vocabulary.js'
import {
  asWord,
  typedBeginning,
  typedSplit,
  wordBeingTyped,
} from './query-reading/word-being-typed.js'
import type { AnalysedQuery, SearchAnalyzer } from './search-analyzer.js'

/**
 * Options of {@link createSwedishSearchAnalyzer}.
 *
 * @example
 * createSwedishSearchAnalyzer(analyzer, { vocabulary: () => indexVocabulary.current })
 */
export interface SwedishSearchOptions {
  /**
   * The index's words, for restoring diacritics (asked on every query; return the same
   * object until the index changes). The place names of the model's code lists are always
   * consulted after it, and the lexicon after both.
   */
  vocabulary?: () => DiacriticVocabulary | IndexVocabulary | undefined
  /** Abbreviations and synonyms searched after the query (default: the analyser's `QUERY_EXPANSIONS`). */
  expansions?: readonly ExpansionEntry[]
  /**
   * Thesaurus synonyms searched after those and after the derived words (default: the
   * analyser's `THESAURUS_EXPANSIONS`; `[]` for none).
   */
  thesaurus?: readonly ExpansionEntry[]
}

/** The analysis the API and the indexing it starts share. */
export interface LoadedAnalyzer {
  /** Text → analysed terms joined by spaces, for the indexer's `svTerms` twins. */
  analyzeText: (text: string) => string
  /** What `analyzeText` depends on (`analysisDigest`), for the indexer to store. */
  analysisDigest: string
  /** Query analysis and highlighting for the routes. */
  search: SearchAnalyzer
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

/** Word terms of a query: neither phrases nor exclusions. */
const wordTerms = (query: SwedishQuery) => query.terms.filter((t) => !t.exclude && !t.phrase)
const wordCount = (query: SwedishQuery) => wordTerms(query).length

/**
 * The words the typo corrector put in place of a slip. A completed word (`skolnärva` →
 * *skolnärvaro*, typed on its way) is no guess: it is read as the finished word is.
 */
const correctedWords = (rewrites: readonly QueryRewrite[]) =>
  new Set(rewrites.filter((r) => r.source === 'typo').map((r) => r.replacement))

/**
 * Adapts `@projektbank/analyzer` to what the routes need.
 *
 * - reading (unless `verbatim`): words typed without å/ä/ö get their spelling back from the
 *   index's vocabulary, the place names and the lexicon (`orebro` → *örebro*); a word of its
 *   own (`far`) stays and its respelling (*får*) goes into the `alternative` query;
 * - raw query (original fields): phrases first (Meilisearch drops words from the end when too
 *   few documents match all), then the words, then `-word` / `-"phrase"` exclusions;
 * - analysed query (`svTerms.*` twins): the same phrases, each word's compound parts or else its
 *   lemma (`analysedTerms`), and the
 *   exclusions as typed and as lemmas, so that a document the raw query excludes cannot come
 *   back through its twin;
 * - snippets: the analyser's highlighter (inflections and compound parts marked), run only
 *   on texts that can contain a match.
 *
 * @example
 * const search = createSwedishSearchAnalyzer(loadSwedishAnalyzer())
 * search.analyzeQuery('kommunerna -covid').analysed // 'kommun -covid'
 */
export function createSwedishSearchAnalyzer(
  analyzer: SwedishAnalyzer,
  options: SwedishSearchOptions = {},
): SearchAnalyzer {
  const tables = createReadingTables(analyzer, options)
  const { readReplacement, partReadings, readsTail, abbreviations, tableKeys } = tables
  const readers = createIndexReaders(analyzer, options, tables)
  // The first word of a key of several words, typed in full and alone (`green`), stands for
  // the key when no project has the word: it found nothing while the list under the box
  // offered *green transition*. A word the index has (`job`) is searched as the word.
  const keyOfFirstWordAlone = (parsed: SwedishQuery, typing: string) => {
    const knows = readers().knows
    if (parsed.terms.length !== 1 || knows === undefined || knows(typing)) return undefined
    return keyBegunBy(typing, tableKeys)
  }
  const search: SearchAnalyzer = {
    analyzeQuery(q, { verbatim = false } = {}) {
      const parsed = analyzer.analyzeQuery(q)
      // Only stop words ("och"): let Meilisearch match them rather than browse everything.
      if (parsed.terms.length === 0) return stopWordsOnly(q.trim(), [], parsed)
      const typing = verbatim ? undefined : wordBeingTyped(q, parsed)
      const typedWords = wordTerms(parsed).map((t) => t.text)
      // The key of several words that the word being typed completes the query to, as typed,
      // decided once, before the reading: the reading leaves the typed word as typed (`green
      // tra` is on its way to *green transition*, not *green trä*, wood, which found nothing
      // while the list under the box offered *green transition*), and the query is searched
      // as the key below.
      const typedKey =
        typing === undefined
          ? undefined
          : (keyCompletingQuery(typedWords, tableKeys, 2) ?? keyOfFirstWordAlone(parsed, typing))
      // Dropping unknown words and expanding both need the query's readings; mostly of the
      // same query (nothing dropped), so they are read once.
      let derived: { query: SwedishQuery; readings: QueryExpansion[] } | undefined
      const readingsOf = (query: SwedishQuery) => {
        if (derived?.query !== query) derived = { query, readings: tables.readings(query) }
        return derived.readings
      }
      const read = dropUnknownWords(
        verbatim
          ? { primary: parsed, alternative: undefined, rewrites: [] }
          : readQuery(analyzer, parsed, readers(), typing, typedKey !== undefined),
        {
          knows: verbatim ? undefined : readers().knows,
          expansionsOf: readingsOf,
          tableKeys,
          typing,
        },
      )
      // Only stop words once their diacritics are back (`pa` → *på*): the same, as spelled.
      if (read.primary.terms.length === 0) {
        return stopWordsOnly(respell(q, read.rewrites), read.rewrites, parsed)
      }
      const { raw, positive } = meilisearchQueries(read.primary)
      const single = wordCount(read.primary) === 1
      const vocabulary = options.vocabulary?.()
      const rawIsIndexWord = single && isIndexWord(read.primary, vocabulary)
      const rawNamesAPlace = !single && namesAPlace(wordTerms(read.primary).map((t) => t.text))
      const lastWord = read.primary.terms.at(-1)
      const rawEndsWhole =
        lastWord !== undefined && !lastWord.phrase && abbreviations.has(lastWord.text)
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
      const expand = (query: SwedishQuery) => expandQuery(readReplacement, query, readingsOf(query))
      // A compound being typed is read as its parts typed in full, the beginning after them
      // kept: `jobbmatc`, which the analyser cannot split, as *arbete* `matc…` (4 sheets on
      // the eval sheets, where it found nothing), `jobbmatchn` as *arbete* `matchn…`. A word
      // the lexicon splits and no index word begins with (`jobbmat` there) is a finished
      // compound, read as before (*arbete mat*), and so is one whose last part the tables
      // read (`barnfattig`: *fattig* → *ekonomiskt utsatta*). Decided once per query.
      const split = single ? typedSplit(read.primary, beginning) : undefined
      const typedCompound = split && !readsTail(read.primary) ? split : undefined
      let expansions = verbatim
        ? { queries: [], rewrites: [] }
        : typedCompound
          ? expandQuery(readReplacement, typedCompound, partReadings(typedCompound))
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
        const key =
          typedKey ??
          (respelled || beginning !== undefined
            ? keyCompletingQuery(words, tableKeys, beginning === undefined ? 2 : 1)
            : undefined)
        return key && withKeyAtEnd(words, key)
      })()
      const expandedEndsInPrefix = typedCompound !== undefined && completed === undefined
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
      const together = expansions.together
        ? meilisearchQueries(expansions.together, 'parts').analysed
        : ''
      // Snippets mark the spellings of every query: a hit may come from any of them, and
      // through a beginning from a word it begins (*tillgänglighetsexpert* for `exper`).
      const completions = beginning ? readers().wordsBeginning(beginning.prefix).map(asWord) : []
      const snippetTerms = [
        ...read.primary.terms,
        ...(beginning?.query.terms ?? []),
        ...completions,
        ...[read.alternative, ...expansions.queries].flatMap((other) =>
          other ? other.terms.filter((t) => !t.exclude) : [],
        ),
      ]
      const rewrites = [...read.rewrites, ...expansions.rewrites]
      // A word the corrector guessed is not taken apart either (see `wasCorrected`).
      const looser = verbatim || wasCorrected ? undefined : looserPieces(read.primary, typing)
      return {
        reading: {
          searched: read.rewrites.length > 0 ? renderQuery(read.primary) : q.trim(),
          rewrites,
        },
        alternative,
        expanded: expanded.filter((e) => e !== ''),
        ...(together !== '' && !expanded.includes(together) ? { expandedTogether: together } : {}),
        ...(expandedEndsInPrefix && expansions.queries.length > 0 ? { expandedEndsInPrefix } : {}),
        // One word: its parts together (the compound, or the parts apart), never one part
        // alone; a sheet with only `skola` is no answer to `yrkeshögskola`. On
        // `pnpm eval:search` (2026-12-03): precision@10 0.739 → 0.760, recall@10 0.787 → 0.777.
        analysedMatching: single ? 'all' : 'frequency',
        raw,
        ...(rawIsIndexWord ? { rawIsIndexWord } : {}),
        ...(rawEndsWhole ? { rawEndsWhole } : {}),
        ...(rawNamesAPlace ? { rawNamesAPlace } : {}),
        analysed,
        ...(analysedEndsInPrefix ? { analysedEndsInPrefix } : {}),
        ...(typedParts ? { spelledOutEndsInPrefix: true } : {}),
        ...(spelledOut !== '' ? { spelledOut } : {}),
        ...(looser ? { looser } : {}),
        hasPositiveTerms: positive,
        terms: prepareSnippetQuery({ query: q, terms: snippetTerms }),
      }
    },
    suggest(q) {
      const vocabulary = options.vocabulary?.()
      const counted = vocabulary && 'forEachNear' in vocabulary ? vocabulary : undefined
      // Words of their own respelled too: a phrase is searched as typed (`"for unga"`).
      const respell = (word: string) => readers().restore(word)?.restored
      return suggestQueries(analyzer, counted, q, search.analyzeQuery(q).reading.searched, {
        respell,
        tableKeys,
      })
    },
    complete(q, limit) {
      return readers().complete(q, limit)
    },
    highlight(text, query) {
      return highlightSnippet(analyzer, text, query.terms as SnippetQuery)
    },
  }
  return search
}

/** A query of stop words alone, searched as written (see `analyzeQuery`). */
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

/**
 * Loads the bundled Swedish lexicon (about 10 ms) and returns the indexer's text analysis and
 * the routes' query analysis over the same analyser.
 *
 * @example
 * const { analyzeText, search } = await loadAnalyzer({ vocabulary: words.current })
 */
export async function loadAnalyzer(options: SwedishSearchOptions = {}): Promise<LoadedAnalyzer> {
  const analyzer = loadSwedishAnalyzer()
  return {
    analyzeText: (text) => analyzer.analyzeText(text).join(' '),
    analysisDigest: analysisDigest(),
    search: createSwedishSearchAnalyzer(analyzer, options),
  }
}
