/**
 * Scale bench: `/search` latency for a fixed query mix, exports and deep pages, on 10 000
 * generated sheets and (with `SCALE_SIZES=10000,50000`) 50 000, each in a Meilisearch of its
 * own loaded with the indexer's documents and settings. Requests go through the real app
 * (`app.request`, no socket), one at a time. Each heavy request also shows how long Meilisearch
 * took for the calls the API made — the floor no API in front of it can beat — and the ratio
 * to it, which holds on a loaded machine where wall times do not. Prints medians; asserts
 * nothing.
 *
 *   SCALE_SIZES=10000,50000 SCALE_ROUNDS=5 pnpm --filter @projektbank/search-api bench:scale
 */

import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureCorpus } from '@projektbank/corpus'
import { ensureSearchKey } from '@projektbank/meili'
import { renderSheet } from '@projektbank/parser'
import { INDEX_SETTINGS } from '@projektbank/seeded-index'
import {
  BENCH_INDEX,
  ensureBenchDocuments,
  loadDocuments,
  onFreshMeilisearch,
} from '@projektbank/seeded-index/bench'
import { createApp } from '../src/app.js'
import { createMeilisearchGateway, type SearchGateway } from '../src/meilisearch-gateway.js'
import { loadAnalyzer } from '../src/swedish-analyzer.js'
import { BENCH_QUERIES } from './_queries.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const SIZES = (process.env.SCALE_SIZES ?? '10000').split(',').map(Number)
const ROUNDS = Number(process.env.SCALE_ROUNDS ?? 5)

/** Exports and deep pages timed at each size, each the median of a few runs. */
const HEAVY = [
  ['export, every project (capped at 10 000 rows)', '/export?format=csv'],
  ['export, one region', '/export?format=csv&region=Stockholm'],
  ['export, q=unga', '/export?format=csv&q=unga'],
  ['export, q=unga sorted by grant', '/export?format=csv&q=unga&sort=esfGrant:desc'],
  ['first page, q=unga', '/search?q=unga'],
  ['last reachable page of 20, q=unga', '/search?q=unga&page=50'],
  ['last reachable page of 100, q=unga', '/search?q=unga&page=10&hitsPerPage=100'],
  ['last reachable page of 100, browsing', '/search?page=10&hitsPerPage=100'],
  ['beyond the depth: 400', '/search?q=unga&page=400&hitsPerPage=100'],
] as const

const analyzer = await loadAnalyzer()
const results: { size: number; p50: number; p99: number; heavy: Map<string, number> }[] = []
console.log(`machine: ${cpus().length} cores, load average ${load()}`)
for (const size of SIZES) {
  const corpus = join(ROOT, '.bench', `corpus-${size}-seed-1`)
  await ensureCorpus({ count: size, seed: 1, render: renderSheet }, corpus)
  const docs = await ensureBenchDocuments(corpus)
  const built = await onFreshMeilisearch(join(ROOT, '.bench', 'meilisearch-bin'), (meili) =>
    loadDocuments(meili, { documents: docs.full, settings: INDEX_SETTINGS }),
  )
  try {
    console.log(
      `\n${docs.count} documents loaded in ${s(built.wallMs)} (load ${load()}): ` +
        `${Math.round((docs.count / built.wallMs) * 1000)} documents/s, Meilisearch CPU ${s(built.meiliCpuMs)}, ` +
        `data directory ${(built.dataBytes / 1e6).toFixed(0)} MB (${(built.dataBytes / docs.count / 1000).toFixed(1)} kB/document), ` +
        `peak RSS ${(built.peakRssBytes / 1e6).toFixed(0)} MB; timing requests…`,
    )
    const { key } = await ensureSearchKey(built.meili, { indexes: [BENCH_INDEX] })
    const upstream = timedGateway(
      createMeilisearchGateway({ url: built.meili.url, apiKey: key, indexUid: BENCH_INDEX }),
    )
    const app = createApp({ search: upstream.gateway, analyzer: analyzer.search })
    const request = async (
      path: string,
    ): Promise<{ ms: number; status: number; bytes: number; upstreamMs: number }> => {
      upstream.reset()
      const start = performance.now()
      const res = await app.request(path)
      const body = await res.arrayBuffer()
      const ms = performance.now() - start
      return { ms, status: res.status, bytes: body.byteLength, upstreamMs: upstream.ms() }
    }
    for (const path of BENCH_QUERIES) await request(path) // warm-up
    const times: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      for (const path of BENCH_QUERIES) {
        const { ms, status } = await request(path)
        if (status !== 200) throw new Error(`${path} answered ${status}`)
        times.push(ms)
      }
    }
    const heavy = new Map<string, number>()
    for (const [label, path] of HEAVY) {
      const runs: number[] = []
      const floors: number[] = []
      let last = { ms: 0, status: 0, bytes: 0, upstreamMs: 0 }
      for (let run = 0; run < 3; run++) {
        last = await request(path)
        runs.push(last.ms)
        floors.push(last.upstreamMs)
      }
      heavy.set(label, median(runs))
      // The floor: Meilisearch answering the requests the API sends, which no API can skip.
      const floor = median(floors)
      const share =
        floor > 0 ? `, Meilisearch ${ms(floor)} of it: ${ratio(median(runs), floor)} its time` : ''
      console.log(
        `  ${label}: ${ms(median(runs))} (HTTP ${last.status}, ${kb(last.bytes)}${share})`,
      )
    }
    const p50 = percentile(times, 0.5)
    const p99 = percentile(times, 0.99)
    console.log(
      `  /search, ${BENCH_QUERIES.length} queries × ${ROUNDS} rounds: p50 ${ms(p50)}, p99 ${ms(p99)} (load ${load()})`,
    )
    results.push({ size: docs.count, p50, p99, heavy })
  } finally {
    await built.stop()
  }
}

const [small, large] = results
if (small && large) {
  console.log(`\ngrowth from ${small.size} to ${large.size} documents:`)
  console.log(`  /search p50 ${ms(small.p50)} → ${ms(large.p50)} (${ratio(large.p50, small.p50)})`)
  console.log(`  /search p99 ${ms(small.p99)} → ${ms(large.p99)} (${ratio(large.p99, small.p99)})`)
  for (const [label] of HEAVY) {
    const a = small.heavy.get(label) ?? Number.NaN
    const b = large.heavy.get(label) ?? Number.NaN
    console.log(`  ${label}: ${ms(a)} → ${ms(b)} (${ratio(b, a)})`)
  }
}
console.log(`load average at the end: ${load()}`)

/**
 * The gateway with a stopwatch: the wall time during which at least one Meilisearch call of the
 * current request was in flight (overlapping calls count once).
 */
function timedGateway(inner: SearchGateway) {
  let inFlight = 0
  let since = 0
  let total = 0
  const time =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (inFlight++ === 0) since = performance.now()
      try {
        return await call(...args)
      } finally {
        if (--inFlight === 0) total += performance.now() - since
      }
    }
  const gateway: SearchGateway = {
    indexUid: inner.indexUid,
    federatedSearch: time(inner.federatedSearch),
    facetSearch: time(inner.facetSearch),
    search: time(inner.search),
    fetchDocuments: time(inner.fetchDocuments),
    health: time(inner.health),
    indexInfo: time(inner.indexInfo),
  }
  return {
    gateway,
    reset: () => {
      total = 0
    },
    ms: () => total,
  }
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
}
function median(values: number[]): number {
  return percentile(values, 0.5)
}
function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`
}
function s(value: number): string {
  return `${(value / 1000).toFixed(1)} s`
}
function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(0)} kB`
}
function ratio(value: number, base: number): string {
  return `${(value / base).toFixed(2)}×`
}
function load(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
}
