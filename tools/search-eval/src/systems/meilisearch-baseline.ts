import type { Project } from '@projektbank/model'
import { Meilisearch } from 'meilisearch'
import { RAW_TEXT_ATTRIBUTES, rawDocument } from './raw-document.js'
import type { SearchSystem } from './search-system.js'

/** Where the evaluation's Meilisearch is. */
export interface MeiliConnection {
  url: string
  apiKey: string
}

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
  const client = new Meilisearch({ host: meili.url, apiKey: meili.apiKey })
  await client.deleteIndexIfExists(indexUid)
  await assertSucceeded(client.createIndex(indexUid, { primaryKey: 'id' }).waitTask(), 'create')
  const index = client.index(indexUid)
  if (variant === 'swedish') {
    await assertSucceeded(
      index
        .updateSettings({
          searchableAttributes: [...RAW_TEXT_ATTRIBUTES],
          localizedAttributes: [{ attributePatterns: ['*'], locales: ['swe'] }],
        })
        .waitTask(),
      'settings',
    )
  }
  await assertSucceeded(
    index.addDocuments(projects.map(rawDocument)).waitTask({ timeout: 60_000 }),
    'documents',
  )
  return {
    ...LABELS[variant],
    async search(query, limit) {
      const response = await index.search(query, { limit, attributesToRetrieve: ['id'] })
      return response.hits.map((hit) => String(hit.id))
    },
  }
}

async function assertSucceeded(
  task: Promise<{ status: string; error?: { message: string } | null }>,
  what: string,
): Promise<void> {
  const done = await task
  if (done.status !== 'succeeded') {
    throw new Error(`Meilisearch task "${what}" ended ${done.status}: ${done.error?.message ?? ''}`)
  }
}
