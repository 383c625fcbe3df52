export { type AppDeps, type AppType, createApp } from './app.js'
export { type ApiConfig, configFromEnv, DEFAULT_CONFIG } from './config.js'
export {
  createMeilisearchGateway,
  type MeilisearchGatewayOptions,
  type SearchGateway,
  UpstreamError,
} from './meilisearch-gateway.js'
export { PARALLEL_FACETS_MODES, type ParallelFacets } from './parallel-facets.js'
export { PROBLEM_BASE, type Problem, type ProblemCode } from './problems.js'
export { buildVocabulary, type IndexVocabulary } from './query-reading/vocabulary.js'
export { type AnalysedQuery, createPlainAnalyzer, type SearchAnalyzer } from './search-analyzer.js'
export { type ServedApp, serveApp } from './serve-app.js'
export {
  SERVE_FLAGS,
  type ServeAddress,
  serveAddress,
  withoutSeparator,
} from './serve-args.js'
export {
  DEFAULT_SERVER_LIMITS,
  type ServerLimits,
  serverLimitsFromEnv,
} from './server-limits.js'
export {
  createSwedishSearchAnalyzer,
  type LoadedAnalyzer,
  loadAnalyzer,
  type SwedishSearchOptions,
} from './swedish-analyzer.js'
export { createVocabularySource, type VocabularySource } from './vocabulary-source.js'
