import { meiliRequest } from '@projektbank/meili'
import type { EnqueuedTask } from 'meilisearch'
import { countDocuments, fetchContentHashes } from './_index-operations.js'
import type { RunContext } from './_run-context.js'

/**
 * Updates the live index in place (its settings are current; `indexSheets` checked): parses
 * and sends only sheets whose bytes are not indexed yet, then deletes documents no sheet gives
 * any more. Deletions come last, so a run that dies midway has only added whole batches, and
 * the next run converges.
 */
export async function incrementalUpdate(context: RunContext): Promise<void> {
  const { meili, index, report, logger, signal } = context
  const indexed = await fetchContentHashes(meili, index, signal)
  const idOfHash = new Map<string, string>()
  for (const [id, hash] of indexed) idOfHash.set(hash, id)
  await context.load(index, (sha256) => idOfHash.get(sha256))

  context.emit('deleting')
  const present = report.ids
  const gone = [...indexed.keys()].filter((id) => !present.has(id))
  for (let start = 0; start < gone.length; start += 10_000) {
    const ids = gone.slice(start, start + 10_000)
    await context.pipeline.enqueue(() =>
      meiliRequest<EnqueuedTask>(meili, 'POST', `/indexes/${index}/documents/delete-batch`, {
        body: ids,
        signal,
      }),
    )
  }
  await context.pipeline.drain()
  report.documents.deleted = gone.length
  const count = await countDocuments(meili, index, signal)
  report.documents.total = count
  if (count !== report.idCount) {
    throw new Error(
      `The index ${index} holds ${count} documents after the update, expected ${report.idCount}; run a full rebuild`,
    )
  }
  logger.info('updated index', {
    index,
    sent: report.documents.sent,
    deleted: gone.length,
    documents: count,
  })
}
