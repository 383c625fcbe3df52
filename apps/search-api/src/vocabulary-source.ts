import type { SearchGateway } from './meilisearch-gateway.js'
import { buildVocabulary, type IndexVocabulary } from './query-reading/vocabulary.js'

/** Most vocabulary documents read (20 000 words each, see the indexer). */
const MAX_CHUNKS = 1_000

/**
 * The index's words as the indexer last wrote them (`vocabularyIndexOf(index)`, one
 * `VocabularyChunk` per document), for
 * `createSwedishSearchAnalyzer(…, { vocabulary: source.current })`.
 */
export interface VocabularySource {
  /** The vocabulary last loaded; `undefined` before the first load or when there is none. */
  readonly current: () => IndexVocabulary | undefined
  /**
   * Loads the words again when the vocabulary index changed since the last load. Resolves
   * `false` when it cannot be read (missing, or a key without access): search goes on
   * without it.
   */
  refresh(signal?: AbortSignal): Promise<boolean>
  /** Refreshes every `intervalMs` (default 60 s) until the returned function is called. */
  watch(intervalMs?: number): () => void
}

/**
 * A vocabulary read through a gateway bound to the vocabulary index.
 *
 * @example
 * const words = createVocabularySource(createMeilisearchGateway({ url, apiKey, indexUid: vocabularyIndexOf('projects') }))
 * await words.refresh()
 * const stop = words.watch()
 */
export function createVocabularySource(gateway: SearchGateway): VocabularySource {
  let vocabulary: IndexVocabulary | undefined
  let loadedVersion: string | undefined
  const refresh = async (signal = AbortSignal.timeout(30_000)): Promise<boolean> => {
    try {
      const info = await gateway.indexInfo(signal)
      const version = `${info.createdAt} ${info.updatedAt}`
      if (version === loadedVersion) return true
      const page = await gateway.search(
        { q: '', limit: MAX_CHUNKS, attributesToRetrieve: ['words', 'counts'] },
        signal,
      )
      vocabulary = buildVocabulary(entries(page.hits))
      loadedVersion = version
      return true
    } catch {
      return false
    }
  }
  return {
    current: () => vocabulary,
    refresh,
    watch(intervalMs = 60_000) {
      const timer = setInterval(() => void refresh(), intervalMs)
      timer.unref()
      return () => clearInterval(timer)
    },
  }
}

/** The words of the chunks (see `VocabularyChunk`), whatever else the documents hold. */
function* entries(chunks: readonly Record<string, unknown>[]): Iterable<[string, number]> {
  for (const chunk of chunks) {
    const words: unknown[] = Array.isArray(chunk.words) ? chunk.words : []
    const counts: unknown[] = Array.isArray(chunk.counts) ? chunk.counts : []
    for (let i = 0; i < words.length; i++) {
      const word = words[i]
      const count = counts[i]
      if (typeof word === 'string') yield [word, typeof count === 'number' ? count : 1]
    }
  }
}
