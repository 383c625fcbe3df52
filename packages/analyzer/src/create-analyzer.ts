import { type AnalyzedToken, createTokenAnalyzer } from './analyze-token.js'
import { createWordAnalyzer, type WordAnalysis } from './analyze-word.js'
import {
  type CompoundSplit,
  DEFAULT_SPLIT_OPTIONS,
  type SplitOptions,
} from './compound/split-compound.js'
import { findTokenMatches, type MatchRange } from './highlight/find-matches.js'
import { type HighlightOptions, highlightTokens } from './highlight/highlight.js'
import type { Lexicon } from './lexicon/lexicon.js'
import { normalizeWord } from './normalize.js'
import { type AnalyzedQuery, createQueryAnalyzer } from './query/analyze-query.js'
import { forEachToken, tokenize } from './tokenize.js'

/**
 * Options for {@link createAnalyzer}.
 *
 * @example
 * const options: AnalyzerOptions = { cacheSize: 100_000 }
 */
export interface AnalyzerOptions {
  /**
   * Words kept in each of the two generations of the analysis cache (default 20 000). A cached
   * compound takes about 0.6 KB, so the default cache stays under 25 MB.
   */
  readonly cacheSize?: number
  /** Compound-splitting limits (default {@link DEFAULT_SPLIT_OPTIONS}). */
  readonly split?: SplitOptions
}

/**
 * Swedish analysis over one lexicon. One instance can serve an indexer and a search API at
 * once: it holds no per-call state besides its word cache.
 *
 * @example
 * const analyzer = createAnalyzer(lexicon)
 * analyzer.analyzeText('Kommunerna samverkar.') // ['kommunerna', 'kommun', 'samverkar', 'samverka']
 */
export interface SwedishAnalyzer {
  readonly lexicon: Lexicon
  /** Full analysis of one word (normalised first). */
  analyzeWord(word: string): WordAnalysis
  /** Base form of one word: lexicon, then compound head, then Snowball ("frågorna" → "fråga"). */
  lemmatize(word: string): string
  /** The word's compound parts, or `undefined` when it is not a compound. */
  splitCompound(word: string): CompoundSplit | undefined
  /** Tokens of a text with their analysis (offsets refer to the text as given). */
  analyzeTokens(text: string): AnalyzedToken[]
  /**
   * De-duplicated terms to index for a text, in order of first appearance: surface forms,
   * lemmas, compound parts and their lemmas; stop words left out.
   */
  analyzeText(text: string): string[]
  /** Parses and analyses a search query (phrases, exclusions, lemmas, compound parts). */
  analyzeQuery(query: string): AnalyzedQuery
  /** Ranges of `text` matching the query, for consumers that do their own rendering. */
  findMatches(text: string, query: string | AnalyzedQuery): MatchRange[]
  /** HTML snippets of `text` with `<mark>` around matches; see {@link HighlightOptions}. */
  highlight(text: string, query: string | AnalyzedQuery, options?: HighlightOptions): string[]
}

/**
 * Creates an analyzer over a lexicon (see `decodeLexicon`, or `loadSwedishAnalyzer` from
 * `@projektbank/analyzer/node`). Works in any JavaScript runtime.
 *
 * @example
 * const analyzer = createAnalyzer(decodeLexicon(bytes))
 * analyzer.highlight('Många kommuner deltar.', 'kommun') // ['Många <mark>kommuner</mark> deltar.']
 */
export function createAnalyzer(lexicon: Lexicon, options: AnalyzerOptions = {}): SwedishAnalyzer {
  const split = options.split ?? DEFAULT_SPLIT_OPTIONS
  const analyzeWord = createWordAnalyzer(lexicon, { cacheSize: options.cacheSize ?? 20_000, split })
  const analyzeToken = createTokenAnalyzer(lexicon, analyzeWord)
  const analyzeQuery = createQueryAnalyzer(analyzeToken, analyzeWord)
  const toQuery = (query: string | AnalyzedQuery): AnalyzedQuery =>
    typeof query === 'string' ? analyzeQuery(query) : query
  const analyzeTokens = (text: string): AnalyzedToken[] => tokenize(text).map(analyzeToken)

  return {
    lexicon,
    analyzeWord: (word) => analyzeWord(normalizeWord(word)),
    lemmatize: (word) => analyzeWord(normalizeWord(word)).lemma,
    // Through the word cache: splits are the expensive part and words repeat.
    splitCompound: (word) => analyzeWord(normalizeWord(word)).compound,
    analyzeTokens,
    analyzeText(text) {
      const terms = new Set<string>()
      // Texts repeat their words: each distinct token is analysed and merged once.
      const seen = new Set<string>()
      const addWord = (word: string): void => {
        if (seen.has(word)) return
        seen.add(word)
        for (const term of analyzeWord(word).terms) terms.add(term)
      }
      forEachToken(text, addWord, (token) => {
        if (seen.has(token.text)) return
        seen.add(token.text)
        for (const term of analyzeToken(token).terms) terms.add(term)
      })
      return [...terms]
    },
    analyzeQuery,
    findMatches: (text, query) =>
      findTokenMatches(analyzeTokens(text), toQuery(query)).map(({ start, end, term }) => ({
        start,
        end,
        term,
      })),
    highlight: (text, query, highlightOptions) =>
      highlightTokens(text, analyzeTokens(text), toQuery(query), highlightOptions),
  }
}
