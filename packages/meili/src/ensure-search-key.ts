import { join } from 'node:path'
import type { Key } from 'meilisearch'
import { readSecret, writeSecret } from './_secret-file.js'
import { resolveDataDir } from './data-dir.js'
import { DEFAULT_INDEX } from './default-index.js'
import { type MeiliConnection, MeiliRequestError, meiliRequest } from './meili-request.js'
import { vocabularyIndexOf } from './vocabulary-index.js'

/**
 * Fixed uid of the search key. Meilisearch derives a key's value from its uid and the master
 * key, so the same uid gives the same key on every run: the search API's stored key stays valid
 * even when the key has to be re-created with other indexes.
 */
export const SEARCH_KEY_UID = 'd6ca4e35-56fc-4b2c-8747-e75ec8ca398f'

/**
 * What the search key may do: search, read the documents (filtered exports and the statistics
 * table read them without ranking, see the search API's `_filtered-documents.ts`), and read the
 * index's metadata (uid, primary key, creation and update time), from which the search API
 * builds its ETags. All of it read-only, on the given indexes only: not the settings, not
 * tasks, not keys, and no writes.
 */
export const SEARCH_KEY_ACTIONS = ['search', 'documents.get', 'indexes.get'] as const

/** File in the data directory that holds the search key (mode 0600). */
export const SEARCH_KEY_FILE = 'search-key'

/** A search-only API key, see {@link ensureSearchKey}. */
export interface SearchKey {
  key: string
  uid: string
  name: string
  actions: string[]
  indexes: string[]
}

/**
 * Makes sure a search-only API key exists for the given indexes and returns it: reused when
 * it already has exactly these rights, re-created (same uid, so same value) when not. This is
 * the only key the search API gets; it can search these indexes and read their documents and
 * metadata ({@link SEARCH_KEY_ACTIONS}), nothing else.
 *
 * @example
 * const { key } = await ensureSearchKey({ url, apiKey: masterKey })
 * await storeSearchKey(key) // <dataDir>/search-key, mode 0600
 */
export async function ensureSearchKey(
  meili: MeiliConnection,
  options: { indexes?: readonly string[]; name?: string; uid?: string } = {},
): Promise<SearchKey> {
  const uid = options.uid ?? SEARCH_KEY_UID
  // Each index comes with its vocabulary, which the search API reads too.
  const given = options.indexes ?? [DEFAULT_INDEX]
  const indexes = [...new Set(given.flatMap((i) => [i, vocabularyIndexOf(i)]))].sort()
  const name = options.name ?? 'projektbank-search'
  const wanted = { actions: [...SEARCH_KEY_ACTIONS], indexes }
  const existing = await getKey(meili, uid)
  if (existing) {
    const same =
      sameList(existing.actions, wanted.actions) &&
      sameList(existing.indexes, wanted.indexes) &&
      existing.expiresAt === null
    if (same) return toSearchKey(existing)
    // A key's actions and indexes cannot be changed, only replaced.
    await meiliRequest(meili, 'DELETE', `/keys/${uid}`)
  }
  const created = await meiliRequest<Key>(meili, 'POST', '/keys', {
    body: {
      uid,
      name,
      description: `Search-only key for ${indexes.join(', ')}, created by projektbank-index`,
      ...wanted,
      expiresAt: null,
    },
  })
  return toSearchKey(created)
}

/**
 * Stores the search key in `<dataDir>/search-key` (mode 0600), where the search API reads it.
 *
 * @example
 * await storeSearchKey(key, '.projektbank/meilisearch')
 */
export async function storeSearchKey(key: string, dataDir?: string): Promise<string> {
  const path = join(resolveDataDir(dataDir), SEARCH_KEY_FILE)
  await writeSecret(path, key)
  return path
}

/**
 * Reads the search key stored by the indexer, or `undefined` when there is none.
 *
 * @example
 * const key = await readSearchKey() // from .projektbank/meilisearch/search-key
 */
export async function readSearchKey(dataDir?: string): Promise<string | undefined> {
  return readSecret(join(resolveDataDir(dataDir), SEARCH_KEY_FILE))
}

async function getKey(meili: MeiliConnection, uid: string): Promise<Key | undefined> {
  try {
    return await meiliRequest<Key>(meili, 'GET', `/keys/${uid}`)
  } catch (error) {
    if (error instanceof MeiliRequestError && error.code === 'api_key_not_found') return undefined
    throw error
  }
}

function toSearchKey(key: Key): SearchKey {
  return {
    key: key.key,
    uid: key.uid,
    name: key.name ?? '',
    actions: [...key.actions],
    indexes: [...key.indexes],
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((item, i) => item === [...b].sort()[i])
}
