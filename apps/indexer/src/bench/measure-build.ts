import { createReadStream } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { launchMeilisearch, type MeiliConnection, meiliRequest } from '@projektbank/meili'
import type { EnqueuedTask, Settings } from 'meilisearch'
import { createIndex } from '../_index-operations.js'
import { NdjsonBatcher } from '../_ndjson-batcher.js'
import { TaskPipeline } from '../_task-pipeline.js'
import { applyIndexSettings } from '../apply-index-settings.js'

/** What a piece of work cost a Meilisearch of its own. */
export interface MeilisearchFigures<T> {
  result: T
  /** Wall time of the work. */
  wallMs: number
  /** CPU time (user + system) Meilisearch spent during the work. */
  meiliCpuMs: number
  /** Meilisearch's peak resident memory (VmHWM) over its life. */
  peakRssBytes: number
  /** Bytes on disk of Meilisearch's database directory afterwards. */
  dataBytes: number
  /** The Meilisearch process, still running, to search before `stop`. */
  meili: MeiliConnection
  /** Stops Meilisearch and removes its data. */
  stop(): Promise<void>
}

/**
 * Starts a fresh Meilisearch on a new data directory, runs `work` against it and measures it.
 * Each measurement has a process of its own, so its peak RSS and disk use are its alone. The
 * caller may search the server, then calls `stop()`.
 *
 * @example
 * const run = await onFreshMeilisearch(binDir, (meili) => loadDocuments(meili, plan))
 * console.log(run.wallMs, run.meiliCpuMs, run.dataBytes)
 * await run.stop()
 */
export async function onFreshMeilisearch<T>(
  binDir: string,
  work: (meili: MeiliConnection) => Promise<T>,
): Promise<MeilisearchFigures<T>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'projektbank-build-bench-'))
  const server = await launchMeilisearch({ dataDir, binDir, handleSignals: false })
  const meili = { url: server.url, apiKey: server.masterKey }
  const stop = async () => {
    await server.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
  try {
    const cpuBefore = await processCpuMs(server.pid)
    const start = performance.now()
    const result = await work(meili)
    const wallMs = performance.now() - start
    return {
      result,
      wallMs,
      meiliCpuMs: (await processCpuMs(server.pid)) - cpuBefore,
      peakRssBytes: await peakRss(server.pid),
      dataBytes: await diskBytes(join(dataDir, 'data.ms')),
      meili,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

/** One timed load: which documents, with which settings, sent how. */
export interface LoadPlan {
  /** NDJSON file of the documents. */
  documents: string
  /** Settings applied before the documents; `{}` is Meilisearch's defaults. */
  settings: Settings
  /** Documents per request (the indexer's default is 1000). */
  batchSize?: number
  /** Unfinished tasks allowed (the indexer's default is 4). */
  maxPending?: number
}

/** What a load did: documents sent and the sum of Meilisearch's batch durations. */
export interface LoadResult {
  documents: number
  taskMs: number
}

/** Index name the bench loads into. */
export const BENCH_INDEX = 'bench'

/**
 * Loads an NDJSON file into a new index the way the indexer sends (NDJSON batches, at most
 * `maxPending` unfinished tasks) and waits for the last task: Meilisearch's part of a build,
 * without parsing or analysis.
 *
 * @example
 * const { documents, taskMs } = await loadDocuments(meili, { documents: docs.full, settings: {} })
 */
export async function loadDocuments(meili: MeiliConnection, plan: LoadPlan): Promise<LoadResult> {
  const operation = { timeoutMs: 600_000 }
  await createIndex(meili, BENCH_INDEX, operation)
  await applyIndexSettings(meili, BENCH_INDEX, { settings: plan.settings })
  const counters = { tasks: { enqueued: 0, succeeded: 0 }, timings: { sendMs: 0, waitMs: 0 } }
  const pipeline = new TaskPipeline(meili, counters, {
    maxPending: plan.maxPending ?? 4,
    taskTimeoutMs: 1_800_000,
  })
  const batcher = new NdjsonBatcher({ maxDocuments: plan.batchSize ?? 1000, maxBytes: 100_000_000 })
  const send = (body: string) =>
    pipeline.enqueue(() =>
      meiliRequest<EnqueuedTask>(meili, 'POST', `/indexes/${BENCH_INDEX}/documents`, {
        body,
        contentType: 'application/x-ndjson',
        query: { primaryKey: 'id' },
        timeoutMs: 600_000,
      }),
    )
  let documents = 0
  for await (const line of createInterface({ input: createReadStream(plan.documents) })) {
    if (!line) continue
    documents++
    const full = batcher.add(line)
    if (full) await send(full.body)
  }
  const last = batcher.flush()
  if (last) await send(last.body)
  await pipeline.drain()
  return { documents, taskMs: pipeline.meiliTaskMs }
}

/**
 * User + system CPU time of a process, from /proc (clock ticks of 10 ms on Linux).
 *
 * @example
 * const before = await processCpuMs(server.pid) // later: (await processCpuMs(pid)) - before
 */
export async function processCpuMs(pid: number): Promise<number> {
  const procStat = await readFile(`/proc/${pid}/stat`, 'utf8')
  const fields = procStat.slice(procStat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/**
 * Peak resident set size of a process (VmHWM).
 *
 * @example
 * console.log(`${(await peakRss(server.pid)) / 2 ** 20} MiB`)
 */
export async function peakRss(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kib = /VmHWM:\s+(\d+) kB/.exec(status)?.[1]
  return Number(kib ?? 0) * 1024
}

/**
 * Bytes a directory tree occupies on disk (allocated blocks, so sparse files count true).
 *
 * @example
 * const bytes = await diskBytes(join(dataDir, 'data.ms'))
 */
export async function diskBytes(path: string): Promise<number> {
  const info = await stat(path)
  if (!info.isDirectory()) return info.blocks * 512
  let sum = 0
  for (const entry of await readdir(path)) sum += await diskBytes(join(path, entry))
  return sum
}
