export type { AnalyzedToken } from './analyze-token.js'
export type { LemmaSource, WordAnalysis } from './analyze-word.js'
export {
  type CompoundPart,
  type CompoundSplit,
  DEFAULT_SPLIT_OPTIONS,
  type SplitOptions,
  splitCompound,
} from './compound/split-compound.js'
export { type AnalyzerOptions, createAnalyzer, type SwedishAnalyzer } from './create-analyzer.js'
export { escapeHtml } from './highlight/escape-html.js'
export type { MatchRange } from './highlight/find-matches.js'
export type { HighlightOptions } from './highlight/highlight.js'
export {
  highlightSnippet,
  prepareSnippetQuery,
  type SnippetQuery,
} from './highlight/snippet.js'
export { decodeLexicon } from './lexicon/decode-lexicon.js'
export {
  FORM_BEGINS_COMPOUND,
  FORM_ENDS_COMPOUND,
  FORM_IN_COMPOUND_MIDDLE,
  FORM_IS_WORD,
  LEXICON_VERSION,
} from './lexicon/format.js'
export type { Lexicon, LexiconEntry } from './lexicon/lexicon.js'
export { normalizeWord } from './normalize.js'
export { type AnalyzedQuery, type QueryTerm, toTermsQuery } from './query/analyze-query.js'
export {
  createQueryExpander,
  type ExpansionEntry,
  type ExpansionSource,
  QUERY_EXPANSIONS,
  type QueryExpansion,
} from './query/expand-query.js'
export { foldDiacritics, hasDiacritics } from './query/fold-diacritics.js'
export {
  createDiacriticRestorer,
  type DiacriticRestoration,
  type DiacriticRestorerOptions,
  type DiacriticVocabulary,
  type RestorationSource,
} from './query/restore-diacritics.js'
export { THESAURUS_EXPANSIONS, THESAURUS_NOTICE } from './query/thesaurus-expansions.js'
export { snowballStem } from './snowball.js'
export { isStopword, SWEDISH_STOPWORDS } from './stopwords.js'
export { type Token, type TokenPart, tokenize } from './tokenize.js'
