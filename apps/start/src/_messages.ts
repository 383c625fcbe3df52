import type { IndexReport } from '@projektbank/indexer'

/**
 * The messages between the one-command start and its two workers, over their IPC channels.
 * Keys travel only here: the master key to the indexing worker, the search key to the serving
 * one, never the other way round and never through an environment or argv.
 */

/** How chatty a worker's logger is; `silent` when the caller gave no logger. */
export type WorkerLogLevel = 'silent' | 'info' | 'debug'

/** To the indexing worker: index the sheets with this admin connection. */
export interface IndexJob {
  readonly type: 'index'
  readonly meili: {
    readonly url: string
    /** The master key of the embedded server, or `MEILI_MASTER_KEY` / `MEILI_ADMIN_KEY`. */
    readonly apiKey: string | undefined
    readonly embedded: boolean
    /** The embedded server's pid and port: every key-bearing request first checks the owner. */
    readonly pid: number | undefined
    readonly dataDir: string
  }
  readonly sheets: string
  readonly logLevel: WorkerLogLevel
}

/** From the indexing worker: done; the key the API is to search with. */
export interface IndexDone {
  readonly type: 'indexed'
  readonly report: IndexReport
  readonly searchKey: string
  readonly deletedDefaultKeys: number
}

/** To the serving worker: serve the API with this search-only key. */
export interface ServeJob {
  readonly type: 'serve'
  readonly meiliUrl: string
  readonly searchKey: string
  readonly port: number
  readonly host: string
  readonly logLevel: WorkerLogLevel
}

/** From the serving worker: listening at `url`. */
export interface Listening {
  readonly type: 'listening'
  readonly url: string
}

/** To either worker: abort the indexing run, or close the API, and exit. */
export interface Stop {
  readonly type: 'stop'
}

/**
 * `message` when it is an object whose `type` is `type`, else undefined; the fields are the
 * sender's, which is this program.
 *
 * @example
 * const done = messageOf<IndexDone>(message, 'indexed')
 */
export function messageOf<T extends { readonly type: string }>(
  message: unknown,
  type: T['type'],
): T | undefined {
  if (typeof message !== 'object' || message === null) return undefined
  return (message as { type?: unknown }).type === type ? (message as T) : undefined
}
