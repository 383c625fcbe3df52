import {
  type MeiliConnection,
  MeiliRequestError,
  meiliRequest,
  waitForTask,
} from '@projektbank/meili'
import type { EnqueuedTask, IndexObject, IndexStats } from 'meilisearch'

/** Options shared by the index operations. */
export interface OperationOptions {
  timeoutMs: number
  signal?: AbortSignal | undefined
}

/** Whether the index exists. */
export async function indexExists(
  meili: MeiliConnection,
  index: string,
  signal?: AbortSignal,
): Promise<boolean> {
  try {
    await meiliRequest<IndexObject>(meili, 'GET', `/indexes/${index}`, { signal })
    return true
  } catch (error) {
    if (error instanceof MeiliRequestError && error.code === 'index_not_found') return false
    throw error
  }
}

/** Creates an index with primary key `id`; an index that already exists is fine. */
export async function createIndex(
  meili: MeiliConnection,
  index: string,
  options: OperationOptions,
): Promise<void> {
  const enqueued = await meiliRequest<EnqueuedTask>(meili, 'POST', '/indexes', {
    body: { uid: index, primaryKey: 'id' },
    signal: options.signal,
  })
  try {
    await waitForTask(meili, enqueued, options)
  } catch (error) {
    if (!(await indexExists(meili, index, options.signal))) throw error
  }
}

/** Deletes an index and waits until it is gone; a missing index is fine. */
export async function deleteIndex(
  meili: MeiliConnection,
  index: string,
  options: OperationOptions,
): Promise<void> {
  try {
    const enqueued = await meiliRequest<EnqueuedTask>(meili, 'DELETE', `/indexes/${index}`, {
      signal: options.signal,
    })
    await waitForTask(meili, enqueued, options)
  } catch (error) {
    if (await indexExists(meili, index, options.signal)) throw error
  }
}

/** Uids of every index whose uid starts with `prefix`. */
export async function listIndexes(
  meili: MeiliConnection,
  prefix: string,
  signal?: AbortSignal,
): Promise<string[]> {
  const uids: string[] = []
  for (let offset = 0; ; offset += 100) {
    const page = await meiliRequest<{ results: IndexObject[]; total: number }>(
      meili,
      'GET',
      '/indexes',
      { query: { offset, limit: 100 }, signal },
    )
    uids.push(...page.results.map((index) => index.uid).filter((uid) => uid.startsWith(prefix)))
    if (offset + page.results.length >= page.total || page.results.length === 0) return uids
  }
}

/** Swaps the contents of two indexes in one atomic step. */
export async function swapIndexes(
  meili: MeiliConnection,
  pair: [string, string],
  options: OperationOptions,
): Promise<void> {
  const enqueued = await meiliRequest<EnqueuedTask>(meili, 'POST', '/swap-indexes', {
    body: [{ indexes: pair }],
    signal: options.signal,
  })
  await waitForTask(meili, enqueued, options)
}

/** Number of documents in an index (after its enqueued tasks, which the caller waited for). */
export async function countDocuments(
  meili: MeiliConnection,
  index: string,
  signal?: AbortSignal,
): Promise<number> {
  const stats = await meiliRequest<IndexStats>(meili, 'GET', `/indexes/${index}/stats`, { signal })
  return stats.numberOfDocuments
}

/**
 * Ids and content hashes of every document in the index, a page at a time: what an
 * incremental run compares the input files with.
 */
export async function fetchContentHashes(
  meili: MeiliConnection,
  index: string,
  signal?: AbortSignal,
): Promise<Map<string, string>> {
  const hashes = new Map<string, string>()
  const limit = 10_000
  for (let offset = 0; ; offset += limit) {
    const page = await meiliRequest<{
      results: { id: string; contentHash?: string }[]
      total: number
    }>(meili, 'POST', `/indexes/${index}/documents/fetch`, {
      body: { fields: ['id', 'contentHash'], offset, limit },
      signal,
    })
    for (const document of page.results) hashes.set(document.id, document.contentHash ?? '')
    if (page.results.length < limit) return hashes
  }
}

/**
 * Cancels the enqueued and processing tasks of an index, so that deleting it does not wait
 * for documents nobody will read. Does not wait for the cancelation itself.
 */
export async function cancelTasks(meili: MeiliConnection, index: string): Promise<void> {
  await meiliRequest<EnqueuedTask>(meili, 'POST', '/tasks/cancel', {
    query: { indexUids: index, statuses: 'enqueued,processing' },
  })
}
