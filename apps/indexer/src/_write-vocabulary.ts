import {
  type MeiliConnection,
  meiliRequest,
  type VocabularyChunk,
  vocabularyIndexOf,
  waitForTask,
} from '@projektbank/meili'
import type { EnqueuedTask } from 'meilisearch'
import { createIndex, indexExists, type OperationOptions } from './_index-operations.js'

/** Words per vocabulary document: a few hundred kB each. */
const CHUNK_WORDS = 20_000
/** Documents read per request while counting. */
const PAGE = 1_000

/**
 * Counts, for every word of the live index's analysed twins (`svTerms.*`: surface forms,
 * lemmas, compound parts), the documents that hold it, and replaces the contents of
 * `vocabularyIndexOf(index)` with the counts. Read from the index rather than gathered while
 * loading, so that an incremental run, which analyses only changed sheets, counts every
 * document too. Returns the number of distinct words.
 *
 * @example
 * await writeVocabulary(meili, 'projects', { timeoutMs: 60_000 }) // 41873
 */
export async function writeVocabulary(
  meili: MeiliConnection,
  index: string,
  operation: OperationOptions,
): Promise<number> {
  const counts = await countWords(meili, index, operation.signal)
  const target = vocabularyIndexOf(index)
  if (!(await indexExists(meili, target, operation.signal))) {
    await createIndex(meili, target, operation)
    // Nothing in it is searched: only its documents are read.
    await wait(meili, operation, 'PATCH', `/indexes/${target}/settings`, {
      searchableAttributes: ['id'],
    })
  }
  const words = [...counts.keys()].sort()
  const chunks: VocabularyChunk[] = []
  for (let start = 0; start < words.length; start += CHUNK_WORDS) {
    const slice = words.slice(start, start + CHUNK_WORDS)
    chunks.push({ id: chunks.length, words: slice, counts: slice.map((w) => counts.get(w) ?? 0) })
  }
  // Tasks of one index run in order: readers see the old words, then none, then the new ones.
  await wait(meili, operation, 'DELETE', `/indexes/${target}/documents`)
  if (chunks.length > 0) {
    await wait(meili, operation, 'POST', `/indexes/${target}/documents`, chunks)
  }
  return counts.size
}

async function countWords(
  meili: MeiliConnection,
  index: string,
  signal?: AbortSignal,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for (let offset = 0; ; offset += PAGE) {
    const page = await meiliRequest<{ results: { svTerms?: Record<string, string> }[] }>(
      meili,
      'POST',
      `/indexes/${index}/documents/fetch`,
      { body: { fields: ['svTerms'], offset, limit: PAGE }, signal },
    )
    for (const document of page.results) {
      const words = new Set<string>()
      for (const text of Object.values(document.svTerms ?? {})) {
        for (const word of text.split(' ')) if (word) words.add(word)
      }
      for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1)
    }
    if (page.results.length < PAGE) return counts
  }
}

async function wait(
  meili: MeiliConnection,
  operation: OperationOptions,
  method: 'PATCH' | 'DELETE' | 'POST',
  path: string,
  body?: unknown,
): Promise<void> {
  const enqueued = await meiliRequest<EnqueuedTask>(meili, method, path, {
    ...(body === undefined ? {} : { body }),
    signal: operation.signal,
  })
  await waitForTask(meili, enqueued, operation)
}
