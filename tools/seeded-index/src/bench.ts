/**
 * `@projektbank/seeded-index/bench`: the helpers the indexer's benches use, for a bench of another
 * package (the search API's scale bench) that may not depend on the indexer app itself.
 *
 * @example
 * import { ensureBenchDocuments, loadDocuments, onFreshMeilisearch } from '@projektbank/seeded-index/bench'
 * const docs = await ensureBenchDocuments(corpus)
 * const run = await onFreshMeilisearch(binDir, (meili) =>
 *   loadDocuments(meili, { documents: docs.full, settings: INDEX_SETTINGS }))
 */
export {
  BENCH_INDEX,
  type BenchDocuments,
  diskBytes,
  ensureBenchDocuments,
  type LoadPlan,
  type LoadResult,
  loadDocuments,
  type MeilisearchFigures,
  onFreshMeilisearch,
  peakRss,
  processCpuMs,
  transformDocuments,
} from '@projektbank/indexer/bench'
