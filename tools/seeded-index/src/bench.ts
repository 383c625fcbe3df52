/**
 * `@projektbank/seeded-index/bench`: the helpers the indexer's benches use, for a bench of another
 * package (the search API's scale bench) that may not depend on the indexer app itself. Every
 * name of `@projektbank/indexer/bench`, passed on unchanged, so the list is written once.
 *
 * @example
 * import { ensureBenchDocuments, loadDocuments, onFreshMeilisearch } from '@projektbank/seeded-index/bench'
 * const docs = await ensureBenchDocuments(corpus)
 * const run = await onFreshMeilisearch(binDir, (meili) =>
 *   loadDocuments(meili, { documents: docs.full, settings: INDEX_SETTINGS }))
 */
export * from '@projektbank/indexer/bench'
