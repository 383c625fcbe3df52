/** The settings the indexer gives an index, for benches that load prepared documents. */
export { INDEX_SETTINGS } from '@projektbank/indexer'
export { SEEDS } from './seeds.js'
export { type SeededMeilisearch, startSeededMeilisearch } from './start-seeded-meilisearch.js'
