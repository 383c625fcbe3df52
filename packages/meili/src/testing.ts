/**
 * Test support of the repository's packages (`@projektbank/meili/testing`): a Meilisearch per
 * test file, the one shared binary folder, and process probes. Not for production code.
 */
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { type EmbeddedMeilisearch, launchMeilisearch } from './launch-meilisearch.js'
import type { MeiliConnection } from './meili-request.js'

/**
 * Where every test server of the repository copies the embedded binary (131 MB) once, instead
 * of into each data dir: one folder under the system's temporary folder, for all packages.
 *
 * @example
 * await launchMeilisearch({ dataDir, binDir: TEST_BIN_DIR, handleSignals: false })
 */
export const TEST_BIN_DIR = join(tmpdir(), 'projektbank-meilisearch-bin')

/** A Meilisearch for one test file, in its own temporary data directory. */
export interface TestMeilisearch {
  server: EmbeddedMeilisearch
  meili: MeiliConnection
  dataDir: string
  /** Starts the server again on the same data dir (after `stop()` or a kill). */
  restart(): Promise<void>
  /** Stops the server and removes the data dir. */
  dispose(): Promise<void>
}

/**
 * Starts the embedded Meilisearch for one test file, on `dataDir` or a fresh temporary one.
 *
 * @example
 * const test = await startTestMeilisearch()
 * await meiliRequest(test.meili, 'GET', '/health')
 * await test.dispose()
 */
export async function startTestMeilisearch(dataDir?: string): Promise<TestMeilisearch> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'projektbank-meili-test-')))
  const launch = () =>
    launchMeilisearch({ dataDir: dir, binDir: TEST_BIN_DIR, handleSignals: false })
  const state = { server: await launch() }
  return {
    get server() {
      return state.server
    },
    get meili() {
      return { url: state.server.url, apiKey: state.server.masterKey }
    },
    dataDir: dir,
    async restart() {
      await state.server.stop()
      state.server = await launch()
    },
    async dispose() {
      await state.server.stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Whether a process exists and is not a zombie waiting to be reaped.
 *
 * @example
 * isAlive(server.pid) // false once it was stopped
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    // Field 3 of /proc/<pid>/stat is the state; Z is a zombie: dead, not yet reaped.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}

/**
 * Polls until `condition` holds or `timeoutMs` passes; returns whether it held.
 *
 * @example
 * expect(await eventually(() => !isAlive(pid), 5000)).toBe(true)
 */
export async function eventually(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  intervalMs = 50,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await condition()) return true
    if (Date.now() > deadline) return false
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}

/**
 * Full garbage collections on demand, as a busy process gets them unasked: a few, each in a
 * later task, because V8 keeps a weakly held object alive until the task that created it ends.
 * For tests that show something survives a collection (an abort signal's timer, say).
 *
 * @example
 * const reason = aborted(linkedController(timeoutSignal(50)).signal)
 * await collectGarbage()
 * await reason // still fires
 */
export async function collectGarbage(): Promise<void> {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  for (let i = 0; i < 3; i++) {
    await new Promise((next) => setImmediate(next))
    gc()
  }
}

/**
 * Resolves once `signal` aborts, with its reason.
 *
 * @example
 * await aborted(timeoutSignal(50)) // DOMException TimeoutError
 */
export function aborted(signal: AbortSignal): Promise<unknown> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve(signal.reason)
    else signal.addEventListener('abort', () => resolve(signal.reason), { once: true })
  })
}
