/**
 * Load and soak: the real API (its own process, Swedish analysis) over a real Meilisearch
 * holding the seeds and a generated corpus, driven at a fixed request rate with a realistic
 * mix of queries and filters. Every request must get a 2xx answer in time, and the memory the
 * API still uses after a full garbage collection must not grow. Latencies and the resident
 * memory are measured and printed, never asserted: they depend on what else the machine is
 * doing.
 *
 *   SOAK_SECONDS=600 SOAK_RATE=10 pnpm test:reliability
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateCorpus } from '@projektbank/corpus'
import { renderSheet } from '@projektbank/parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ApiProcess, startApiProcess } from './_api-process.js'
import { positiveNumberFromEnv } from './_env.js'
import { LIVE_MEMORY_NODE_ARGS, liveMemoryMiB } from './_live-memory.js'
import { runOpenLoop } from './_open-loop.js'
import { percentile } from './_percentile.js'
import { describeIndex, sampleQueryMix } from './_query-mix.js'
import { sampleRss } from './_rss.js'
import { type SeededMeilisearch, startSeededMeilisearch } from './_seeded.js'
import { leastSquaresSlope } from './_slope.js'
import { createStats } from './_stats.js'
import { warmUp } from './_warm-up.js'

const stats = createStats('soak')

const SECONDS = positiveNumberFromEnv('SOAK_SECONDS', 60)
// About a third of what the API sustained on the 2-core development machine with this corpus
// and mix (closed loop: 22 requests/s on one connection, 30–35 on two to four), so that the run
// shows the API under steady traffic rather than the machine's limit.
const RATE = positiveNumberFromEnv('SOAK_RATE', 10)
/**
 * On a busy machine (CI runs every package's tests at once; the busy-machine runs add two
 * CPU-bound processes) the API sustains less, and a fixed rate above a third of what it can do
 * turns into queueing, then into correct 503s and 504s: the test would measure the machine, not
 * the API. So the rate is capped at this share of what the closed-loop warm-up achieved on the
 * same machine a moment before, and the run lasts longer to send the same number of requests
 * (the leak check's sensitivity is per request).
 */
const SHARE_OF_SUSTAINED = 1 / 3
/** Floor of the capped rate, so that a pathological warm-up cannot stretch the run for hours. */
const MIN_RATE = 1
// JIT compilation, the analyser's caches and V8's heap sizing settle during the warm-up; memory
// is judged on the run after it. Measured: RSS climbs by ~40 MiB over the first ~300 requests,
// until V8's first full collection, and stays within a few MiB after it; a 15-s warm-up at the
// test's rate left that climb inside the measured run (+15 MiB), so the warm-up is counted in
// requests, sent two at a time.
const WARMUP_REQUESTS = positiveNumberFromEnv('SOAK_WARMUP_REQUESTS', 500)
const DOCUMENTS = positiveNumberFromEnv('SOAK_DOCUMENTS', 2000)
/**
 * Largest growth, over the measured run, of the memory the API uses after a full garbage
 * collection (heap plus buffers), not called a leak. The RSS is no measure for this: V8 grows
 * and shrinks its heap in steps, and the least-squares trend of the RSS over 60 s ranged from
 * -24 to +25 MiB for the same code. At 10 requests/s for 60 s, a leak of ~5 kB or more per
 * request fails. Measured: the API as it is, -0.2 MiB; with a deliberate leak of 10 kB per
 * request (`SOAK_NODE_ARGS="--import ./test/_deliberate-leak.mjs"`), +5.6 MiB, and the test
 * failed.
 */
const MAX_GROWTH_MIB = positiveNumberFromEnv('SOAK_MAX_LIVE_GROWTH_MIB', 3)
/** Longer than the API's upstream timeout (5 s), so that a slow Meilisearch shows as a 504. */
const REQUEST_TIMEOUT_MS = 10_000

let corpus: string
let seeded: SeededMeilisearch | undefined
let api: ApiProcess | undefined

beforeAll(async () => {
  corpus = await mkdtemp(join(tmpdir(), 'reliability-soak-corpus-'))
  await generateCorpus({ count: DOCUMENTS, seed: 1, render: renderSheet }, corpus)
  seeded = await startSeededMeilisearch({ extraInputs: [corpus] })
  api = await startApiProcess({
    meiliUrl: seeded.meili.url,
    searchKey: seeded.searchKey,
    nodeArgs: [...LIVE_MEMORY_NODE_ARGS, ...(process.env.SOAK_NODE_ARGS?.split(' ') ?? [])],
  })
}, 300_000)

afterAll(async () => {
  await api?.stop()
  await seeded?.stop()
  if (corpus) await rm(corpus, { recursive: true, force: true })
  stats.flush()
})

const ms = (value: number) => `${Math.round(value)} ms`
const mib = (value: number) => `${value.toFixed(1)} MiB`

describe(`${Math.round(RATE * SECONDS)} requests at up to ${RATE}/s`, () => {
  it(
    'answers every request with 2xx and its memory does not grow',
    async () => {
      if (api === undefined) throw new Error('the API did not start')
      stats.cases++
      const shape = await describeIndex(api.url)
      const targets = sampleQueryMix(shape, 2_000, 6)
      const warmUpTargets = targets.slice(0, WARMUP_REQUESTS)

      const warmUpStarted = performance.now()
      const warmUpFailures = await warmUp(api.url, warmUpTargets)
      const sustained = warmUpTargets.length / ((performance.now() - warmUpStarted) / 1000)
      const rate = Math.max(MIN_RATE, Math.min(RATE, sustained * SHARE_OF_SUSTAINED))
      const requests = Math.round(RATE * SECONDS)
      const seconds = requests / rate
      const liveBefore = await liveMemoryMiB(api)
      const sampler = sampleRss(api.pid)
      const run = await runOpenLoop({
        base: api.url,
        rate,
        seconds,
        timeoutMs: REQUEST_TIMEOUT_MS,
        target: (i) => targets[(warmUpTargets.length + i) % targets.length] ?? '/search',
      })
      const samples = sampler.stop()
      const liveAfter = await liveMemoryMiB(api)
      const growth = liveAfter - liveBefore

      stats.requests += warmUpTargets.length + run.sent
      stats.errors.push(...warmUpFailures, ...run.errors)
      const slopePerSecond = leastSquaresSlope(samples.map((s) => ({ x: s.seconds, y: s.mib })))
      const rssTrend = slopePerSecond * (samples.at(-1)?.seconds ?? 0)
      const rss = samples.map((s) => s.mib)
      stats.notes.push(
        `load: ${seconds.toFixed(0)} s at ${rate.toFixed(2)}/s (asked ${RATE}/s; the warm-up sustained ${sustained.toFixed(1)}/s on 2 connections) after ${warmUpTargets.length} warm-up requests, ${shape.documents} documents; ${run.sent} requests, achieved ${(run.ok / run.elapsedSeconds).toFixed(2)}/s, ${run.errors.length} errors, at most ${run.maxInFlight} in flight, ${run.retriedOnReusedConnection} sent again after a reset kept-alive connection`,
        `latency from due time: p50 ${ms(percentile(run.latenciesMs, 50))}, p99 ${ms(percentile(run.latenciesMs, 99))}, max ${ms(Math.max(...run.latenciesMs))}`,
        `API memory after a full GC: ${mib(liveBefore)} before the run, ${mib(liveAfter)} after (${growth >= 0 ? '+' : ''}${mib(growth)}; limit ${MAX_GROWTH_MIB} MiB)`,
        `API RSS: start ${mib(rss[0] ?? Number.NaN)}, end ${mib(rss.at(-1) ?? Number.NaN)}, max ${mib(Math.max(...rss))}, trend ${rssTrend >= 0 ? '+' : ''}${mib(rssTrend)} over the run`,
      )

      expect(warmUpFailures).toEqual([])
      expect(run.errors).toEqual([])
      // A reset now and then is the keep-alive race (see `_open-loop.ts`); more than 1 % of the
      // requests would be a server that drops kept-alive connections it should keep.
      expect(
        run.retriedOnReusedConnection,
        'requests sent again after a reset',
      ).toBeLessThanOrEqual(Math.ceil(requests / 100))
      expect({ sent: run.sent, ok: run.ok }).toEqual({ sent: requests, ok: requests })
      expect(samples.length, 'RSS samples, one a second').toBeGreaterThanOrEqual(
        Math.floor(seconds * 0.9),
      )
      expect(growth, 'growth of the memory the API uses after a full GC, MiB').toBeLessThan(
        MAX_GROWTH_MIB,
      )
    },
    // The warm-up takes ~15 s on an idle machine; this bound only catches a hang, so it allows
    // for the longest run the rate floor permits.
    ((RATE * SECONDS) / MIN_RATE) * 1000 + 5 * 60_000,
  )
})
