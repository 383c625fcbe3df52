import { createHash } from 'node:crypto'
import { timeoutSignal } from './_abort-signals.js'
import { type SearchGateway, UpstreamError } from './meilisearch-gateway.js'

/** The live index's version, see {@link createIndexVersion}. */
export interface IndexVersion {
  /**
   * A short hash that changes whenever the live index is swapped or updated (and with
   * `salt`), or null when Meilisearch does not say (a key without `indexes.get`, an error).
   */
  current(): Promise<string | null>
}

/**
 * Reads the live index's creation and update time through `gateway.indexInfo` at most once per
 * `ttlMs`, shared by concurrent callers. The version is read before the answer it tags is
 * searched, so an answer is never older than its tag: a swap during the search at worst tags
 * new content with the old version, which the next read replaces.
 *
 * @example
 * const version = createIndexVersion(gateway, { ttlMs: 1000, timeoutMs: 5000, salt: 'api 0.1.0' })
 * await version.current() // 'k3x9…'
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
  let cached: { value: Promise<string | null>; until: number } | null = null
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
  return {
    current() {
      const now = Date.now()
      if (cached === null || now >= cached.until) {
        cached = { value: read(), until: now + options.ttlMs }
      }
      return cached.value
    },
  }
}
