import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { sharedCorpusDir, generateCorpus as writeCorpus } from '@projektbank/corpus'
import {
  type EmbeddedMeilisearch,
  launchMeilisearch,
  type MeiliConnection,
} from '@projektbank/meili'
import { renderSheet } from '@projektbank/parser'

/** The repository root, for seeds/. */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..')
export const SEEDS_DIR = join(REPO_ROOT, 'seeds')
/** Hand-checked sheets shared by the team (`PROJEKTBANK_CORPUS`, else beside the repository); optional. */
export const SHARED_CORPUS_DIR = sharedCorpusDir()

// Every test server copies the embedded binary (131 MB) here once instead of into each data dir
// (the same folder as the meili package's tests).
const SHARED_BIN_DIR = join(tmpdir(), 'projektbank-indexer-test-bin')

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

export async function startTestMeilisearch(dataDir?: string): Promise<TestMeilisearch> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'projektbank-indexer-test-')))
  const launch = () =>
    launchMeilisearch({ dataDir: dir, binDir: SHARED_BIN_DIR, handleSignals: false })
  const state = { server: await launch() }
  const handle: TestMeilisearch = {
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
  return handle
}

/** Whether a process exists and is not a zombie waiting to be reaped. */
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

/** Polls until `condition` holds or `timeoutMs` passes; returns whether it held. */
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
 * Writes `count` generated sheets to `out` with `@projektbank/corpus`, rendered by the parser.
 */
export async function generateCorpus(out: string, count: number, seed: number): Promise<void> {
  await writeCorpus({ count, seed, render: renderSheet }, out)
}
