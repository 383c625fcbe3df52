// `@projektbank/indexer/bench`: what the benches of this repository share (the indexer's own and
// the search API's scale bench, through `@projektbank/seeded-index/bench`). It loads documents
// the way the indexer sends them, which needs the indexer's internals, so it lives here rather
// than in a tools package. Not part of the indexer's public surface (`.`).
export { type BenchDocuments, ensureBenchDocuments, transformDocuments } from './bench-documents.js'
export {
  BENCH_INDEX,
  diskBytes,
  type LoadPlan,
  type LoadResult,
  loadDocuments,
  type MeilisearchFigures,
  onFreshMeilisearch,
  peakRss,
  processCpuMs,
} from './measure-build.js'
