import {
  type DiacriticVocabulary,
  type ExpansionEntry,
  highlightSnippet,
  type SnippetQuery,
  type SwedishAnalyzer,
} from '@projektbank/analyzer'
import { analysisDigest, loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { analyseQuery } from './query-reading/analyse-query.js'
import { createIndexReaders } from './query-reading/index-readers.js'
import { createReadingTables } from './query-reading/reading-tables.js'
import { suggestQueries } from './query-reading/suggest-queries.js'
import type { IndexVocabulary } from './query-reading/vocabulary.js'
import type { SearchAnalyzer } from './search-analyzer.js'

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
 * Adapts `@projektbank/analyzer` to what the routes need.
 *
 * - reading (unless `verbatim`): words typed without å/ä/ö get their spelling back from the
 *   index's vocabulary, the place names and the lexicon (`orebro` → *örebro*); a word of its
 *   own (`far`) stays and its respelling (*får*) goes into the `alternative` query;
 * - raw query (original fields): phrases first (Meilisearch drops words from the end when too
 *   few documents match all), then the words, then `-word` / `-"phrase"` exclusions;
 * - analysed query (`svTerms.*` twins): the same phrases, each word's compound parts or else its
 *   lemma (`query-reading/meilisearch-queries.ts`), and the exclusions as typed and as
 *   lemmas, so that a document the raw query excludes cannot come back through its twin;
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
  const readers = createIndexReaders(analyzer, options, tables)
  const search: SearchAnalyzer = {
    analyzeQuery(q, { verbatim = false } = {}) {
      return analyseQuery(q, verbatim, { analyzer, tables, readers })
    },
    suggest(q) {
      const vocabulary = options.vocabulary?.()
      const counted = vocabulary && 'forEachNear' in vocabulary ? vocabulary : undefined
      // Words of their own respelled too: a phrase is searched as typed (`"for unga"`).
      const respell = (word: string) => readers().restore(word)?.restored
      return suggestQueries(analyzer, counted, q, search.analyzeQuery(q).reading.searched, {
        respell,
        tableKeys: tables.tableKeys,
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
