import { type MeiliConnection, meiliRequest, TaskError, waitForTask } from '@projektbank/meili'
import type { Project } from '@projektbank/model'
import { RAW_TEXT_ATTRIBUTES, rawDocument } from './raw-document.js'
import type { SearchSystem } from './search-system.js'

/** Which baseline: Meilisearch as it comes, or with the Swedish locale and field order. */
export type BaselineVariant = 'default' | 'swedish'

const LABELS: Record<BaselineVariant, { key: string; label: string }> = {
  default: { key: 'a', label: 'Meilisearch, default settings' },
  swedish: { key: 'b', label: 'Meilisearch, Swedish locale settings' },
}

/**
 * A plain Meilisearch baseline over the raw texts (no `svTerms`), queried with `q` as typed.
 * `default` creates the index with nothing but the primary key; `swedish` adds
 * `localizedAttributes: swe` on every attribute and the model's ranking order of the raw
 * fields. Settings go in before the documents, so the documents are indexed once, as
 * configured.
 *
 * @example
 * const a = await createBaseline(meili, 'default', projects, 'eval_default')
 * await a.search('undersköterska', 10) // ['a-6e7e9114cd5c6f90', …]
 */
export async function createBaseline(
  meili: MeiliConnection,
  variant: BaselineVariant,
  projects: readonly Project[],
  indexUid: string,
): Promise<SearchSystem> {
  const index = `/indexes/${encodeURIComponent(indexUid)}`
  const task = (method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown) =>
    meiliRequest<{ taskUid: number }>(meili, method, path, body === undefined ? {} : { body })
  try {
    await waitForTask(meili, await task('DELETE', index))
  } catch (error) {
    // A fresh server has no such index: the deletion task fails, which is what we want.
    if (!(error instanceof TaskError && error.task?.error?.code === 'index_not_found')) throw error
  }
  await waitForTask(meili, await task('POST', '/indexes', { uid: indexUid, primaryKey: 'id' }))
  if (variant === 'swedish') {
    await waitForTask(
      meili,
      await task('PATCH', `${index}/settings`, {
        searchableAttributes: [...RAW_TEXT_ATTRIBUTES],
        localizedAttributes: [{ attributePatterns: ['*'], locales: ['swe'] }],
      }),
    )
  }
  await waitForTask(meili, await task('POST', `${index}/documents`, projects.map(rawDocument)), {
    timeoutMs: 60_000,
  })
  return {
    ...LABELS[variant],
    async search(query, limit) {
      const response = await meiliRequest<{ hits: { id: unknown }[] }>(
        meili,
        'POST',
        `${index}/search`,
        { body: { q: query, limit, attributesToRetrieve: ['id'] } },
      )
      return response.hits.map((hit) => String(hit.id))
    },
  }
}
