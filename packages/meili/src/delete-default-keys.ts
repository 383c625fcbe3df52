import type { Key } from 'meilisearch'
import { meiliRequest } from './meili-request.js'
import type { ResolvedMeilisearch } from './resolve-meilisearch.js'

/**
 * Meilisearch creates these keys on first start (admin, read-only admin, search, chat, …); their
 * names all begin so. Nothing of ours uses them.
 */
const DEFAULT_KEY_NAME = /^Default .* Key$/

/**
 * Deletes Meilisearch's default API keys on the embedded server, once our own search key exists:
 * an admin key nobody uses is one more secret that could leak. A server given by `MEILI_URL` is
 * left alone (its keys belong to whoever runs it); the result says what was deleted.
 *
 * @example
 * await ensureSearchKey(meili)
 * await deleteDefaultKeys(meili) // ['Default Search API Key', 'Default Admin API Key', …]
 */
export async function deleteDefaultKeys(
  meili: Pick<ResolvedMeilisearch, 'url' | 'apiKey' | 'embedded'>,
): Promise<string[]> {
  if (!meili.embedded) return []
  const { results } = await meiliRequest<{ results: Key[] }>(meili, 'GET', '/keys', {
    query: { limit: '1000' },
  })
  const deleted: string[] = []
  for (const key of results) {
    if (!key.name || !DEFAULT_KEY_NAME.test(key.name)) continue
    await meiliRequest(meili, 'DELETE', `/keys/${key.uid}`)
    deleted.push(key.name)
  }
  return deleted
}
