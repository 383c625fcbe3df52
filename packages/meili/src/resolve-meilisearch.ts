import { resolveDataDir } from './data-dir.js'
import { type LaunchMeilisearchOptions, launchMeilisearch } from './launch-meilisearch.js'
import type { MeiliConnection } from './meili-request.js'

/**
 * The Meilisearch to use, embedded or external. `apiKey` is the master key of the embedded
 * server, or `MEILI_MASTER_KEY` / `MEILI_ADMIN_KEY` of an external one.
 *
 * @example
 * const meili = await resolveMeilisearch()
 * try { await indexSheets({ meili, inputs: ['seeds'] }) } finally { await meili.stop() }
 */
export interface ResolvedMeilisearch extends MeiliConnection {
  /** True when we started the server (and `stop()` stops it); false for `MEILI_URL`. */
  embedded: boolean
  /** Pid of the embedded server; undefined for an external one. */
  pid: number | undefined
  /** Where the search key is stored (and, when embedded, the database). */
  dataDir: string
  /** Stops the embedded server; does nothing for an external one. */
  stop(): Promise<void>
}

/**
 * Chooses the server: with `MEILI_URL` set, that server with `MEILI_MASTER_KEY` (or
 * `MEILI_ADMIN_KEY`, an admin API key); otherwise an embedded one from
 * {@link launchMeilisearch}. `MEILI_URL` is how a deployment outgrows one machine: point it at
 * Meilisearch Cloud, a bigger server, or a sharded setup, and nothing else changes.
 *
 * @example
 * // MEILI_URL=https://ms-123.meilisearch.io MEILI_ADMIN_KEY=… projektbank-index seeds/
 * const meili = await resolveMeilisearch({ env: process.env })
 * meili.embedded // false
 */
export async function resolveMeilisearch(
  options: LaunchMeilisearchOptions & { env?: NodeJS.ProcessEnv } = {},
): Promise<ResolvedMeilisearch> {
  const env = options.env ?? process.env
  const dataDir = resolveDataDir(options.dataDir, env)
  const url = env.MEILI_URL?.trim()
  if (url) {
    if (!/^https?:\/\//.test(url)) {
      throw new Error(`MEILI_URL must start with http:// or https://, found ${JSON.stringify(url)}`)
    }
    options.logger?.info('using external meilisearch', { url })
    return {
      url: url.replace(/\/+$/, ''),
      apiKey: env.MEILI_MASTER_KEY || env.MEILI_ADMIN_KEY || undefined,
      embedded: false,
      pid: undefined,
      dataDir,
      stop: async () => {},
    }
  }
  const server = await launchMeilisearch({ ...options, dataDir })
  return {
    url: server.url,
    apiKey: server.masterKey,
    // Every request with the master key checks first that the port is still this server's.
    ownerPid: server.pid,
    embedded: true,
    pid: server.pid,
    dataDir: server.dataDir,
    stop: server.stop,
  }
}
