import { join } from 'node:path'
import {
  ensureBenchDocuments,
  type LoadResult,
  loadDocuments,
  onFreshMeilisearch,
} from '../src/bench/index.js'

/** What plain Meilisearch's build of the same texts cost, the yardstick of the project build. */
export interface PlainBuild {
  documents: number
  wallMs: number
  meiliCpuMs: number
  peakRssBytes: number
  dataBytes: number
}

/**
 * Plain Meilisearch (default settings, no Swedish twins) indexing the raw texts of the same
 * corpus — id and the searchable texts, sent as the indexer sends — on a Meilisearch of its
 * own. The documents are prepared before the clock starts, so only Meilisearch's work counts:
 * the yardstick is the engine, not a pipeline.
 *
 * @example
 * const plain = await buildPlain(corpusDir, join(repoRoot, '.bench'))
 */
export async function buildPlain(corpus: string, benchDir: string): Promise<PlainBuild> {
  const docs = await ensureBenchDocuments(corpus)
  const built = await onFreshMeilisearch<LoadResult>(join(benchDir, 'meilisearch-bin'), (meili) =>
    loadDocuments(meili, { documents: docs.plain, settings: {} }),
  )
  await built.stop()
  return {
    documents: built.result.documents,
    wallMs: built.wallMs,
    meiliCpuMs: built.meiliCpuMs,
    peakRssBytes: built.peakRssBytes,
    dataBytes: built.dataBytes,
  }
}
