import {
  cancelTasks,
  countDocuments,
  createIndex,
  deleteIndex,
  listIndexes,
  swapIndexes,
} from './_index-operations.js'
import type { RunContext } from './_run-context.js'
import { applyIndexSettings } from './apply-index-settings.js'

/**
 * Builds `<index>__build_<timestamp>` from scratch and swaps it with the live index in one
 * atomic task. Until the swap, readers see the old documents and a failure leaves them alone.
 */
export async function fullRebuild(context: RunContext, liveExists: boolean): Promise<void> {
  const { meili, index, report, logger, operation } = context
  // Builds left by a crashed or killed run: nobody reads them, and they hold disk space.
  for (const stale of await listIndexes(meili, `${index}__build_`, context.signal)) {
    logger.info('deleting stale build index', { index: stale })
    await cancelTasks(meili, stale).catch(() => {})
    await deleteIndex(meili, stale, operation)
  }
  const build = `${index}__build_${timestamp()}`
  logger.info('building new index', { index: build })
  try {
    await createIndex(meili, build, operation)
    // Settings before documents: each document is then indexed once, with the right settings.
    await applyIndexSettings(meili, build, operation)
    await context.load(build)
    const count = await countDocuments(meili, build, context.signal)
    if (count !== report.idCount) {
      throw new Error(
        `The new index ${build} holds ${count} documents, expected ${report.idCount}; the live index ${index} was left as it was`,
      )
    }
    context.emit('swapping')
    if (!liveExists) await createIndex(meili, index, operation)
    await swapIndexes(meili, [index, build], operation)
    report.documents.total = count
    logger.info('swapped in new index', { index, documents: count })
  } catch (error) {
    // Best effort and without the (possibly aborted) signal: if Meilisearch is gone, the next
    // run deletes the build instead.
    context.pipeline.abandon()
    await cancelTasks(meili, build).catch(() => {})
    await deleteIndex(meili, build, { timeoutMs: 30_000 }).catch(() => {})
    throw error
  }
  context.emit('deleting')
  // After the swap, `build` holds the previous documents.
  await deleteIndex(meili, build, operation)
}

function timestamp(): string {
  // 20251123T115212123Z: sortable, and valid in an index uid.
  return new Date().toISOString().replace(/[-:.]/g, '')
}
