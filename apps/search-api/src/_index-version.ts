import { createHash } from 'node:crypto'
import { timeoutSignal } from '@projektbank/meili'
import { type SearchGateway, UpstreamError } from './meilisearch-gateway.js'

/** The live index's version, see {@link createIndexVersion}. */
export interface IndexVersion {
  /**
   * A short hash that changes whenever the live index is swapped or updated (and with `salt`),
   * or null when Meilisearch does not say (a key without `indexes.get`, an error, no answer).
   * `fresh`: read within the TTL (a 304 must not rest on an old version); otherwise an expired
   * version is answered at once while a new one is read in the background.
   */
  current(options: { fresh: boolean }): Promise<string | null>
}

/**
 * Reads the live index's creation and update time through `gateway.indexInfo` at most once per
 * `ttlMs`, shared by concurrent callers, each read bounded by `timeoutMs`. A version is always
 * one read before the answer it tags is searched, so an answer is never older than its tag: at
 * worst a swap tags new content with the old version, which the next read replaces.
 *
 * @example
 * const version = createIndexVersion(gateway, { ttlMs: 1000, timeoutMs: 500, salt: 'api 0.1.0' })
 * await version.current({ fresh: true }) // 'k3x9…'
 */
export function createIndexVersion(
  gateway: SearchGateway,
  options: {
    ttlMs: number
    timeoutMs: number
    salt: string
    log?: (entry: Record<string, unknown>) => void
  },
): IndexVersion {
  let known: { value: string | null; readAt: number } | null = null
  let reading: Promise<string | null> | null = null
  let warned = false
  const read = async (): Promise<string | null> => {
    try {
      const info = await gateway.indexInfo(timeoutSignal(options.timeoutMs))
      return createHash('sha256')
        .update(`${options.salt}\n${info.uid}\n${info.createdAt}\n${info.updatedAt}`)
        .digest('base64url')
        .slice(0, 22)
    } catch (error) {
      if (!warned && error instanceof UpstreamError && error.failure === 'rejected') {
        warned = true
        options.log?.({
          level: 'warn',
          msg: 'no ETags: the search key may not read the index metadata (indexes.get)',
          error: error.message,
        })
      }
      return null
    }
  }
  const refresh = (): Promise<string | null> => {
    reading ??= read().then((value) => {
      known = { value, readAt: Date.now() }
      reading = null
      return value
    })
    return reading
  }
  return {
    current({ fresh }) {
      if (known !== null && Date.now() - known.readAt < options.ttlMs) {
        return Promise.resolve(known.value)
      }
      const next = refresh()
      return known !== null && !fresh ? Promise.resolve(known.value) : next
    },
  }
}
