/**
 * Indexing benchmark: a generated corpus of 10 000 sheets into an embedded Meilisearch, then a
 * re-run with no changes, and plain Meilisearch indexing the raw texts of the same sheets on a
 * Meilisearch of its own, in the same run, as the yardstick (time, disk, peak RSS as ratios).
 * Prints figures; asserts nothing (timings depend on the machine).
 *
 *   pnpm --filter @projektbank/indexer bench [-- --count 10000 --seed 1]
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ensureCorpus } from '@projektbank/corpus'
import { launchMeilisearch } from '@projektbank/meili'
import { renderSheet } from '@projektbank/parser'
import { diskBytes, peakRss } from '../src/bench/index.js'
import { indexSheets } from '../src/index-sheets.js'
import type { IndexReport } from '../src/report.js'
import { buildPlain, type PlainBuild } from './_plain-build.js'

// `pnpm bench -- --count 2000` passes the `--` through.
const argv = process.argv.slice(2)
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: { count: { type: 'string' }, seed: { type: 'string' } },
})
const count = Number(values.count ?? 10_000)
const seed = Number(values.seed ?? 1)
const repoRoot = resolve(import.meta.dirname, '../../..')
const corpus = join(repoRoot, '.bench', `corpus-${count}-seed-${seed}`)

const generated = performance.now()
const manifest = await ensureCorpus({ count, seed, render: renderSheet }, corpus)
console.log(
  `corpus: ${manifest.count} sheets, ${(manifest.bytes / 1e6).toFixed(1)} MB in ${corpus} ` +
    `(${((performance.now() - generated) / 1000).toFixed(1)} s to generate or check)`,
)

// Plain Meilisearch first: it also prepares (and caches) the documents, outside any clock.
const plain = await buildPlain(corpus, join(repoRoot, '.bench'))

const dataDir = await mkdtemp(join(tmpdir(), 'projektbank-indexer-bench-'))
const meili = await launchMeilisearch({ dataDir, handleSignals: false })
let indexerPeakRss = 0
const sampler = setInterval(() => {
  indexerPeakRss = Math.max(indexerPeakRss, process.memoryUsage().rss)
}, 100)
try {
  const connection = { url: meili.url, apiKey: meili.masterKey }
  const full = await timed(meili.pid, () =>
    indexSheets({ meili: connection, inputs: [corpus], mode: 'full' }),
  )
  const fullDisk = await diskBytes(join(dataDir, 'data.ms'))
  const fullPeakRss = await peakRss(meili.pid)
  const rerun = await timed(meili.pid, () =>
    indexSheets({ meili: connection, inputs: [corpus], mode: 'incremental' }),
  )
  print('full build', full)
  print('re-run, no changes (incremental)', rerun)
  console.log(
    `\nre-run / full build: ${percent(rerun.wallMs, full.wallMs)} of the wall time (goal < 5 %)`,
  )
  console.log(`peak RSS of the indexer process: ${(indexerPeakRss / 1e6).toFixed(0)} MB`)
  printAgainstPlain(full, fullDisk, fullPeakRss, plain)
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (other processes share the cores; wall times grow with the load)`,
  )
} finally {
  clearInterval(sampler)
  await meili.stop()
  await rm(dataDir, { recursive: true, force: true })
}

interface Timed {
  report: IndexReport
  wallMs: number
  /** CPU time of this process (parsing, analysis, JSON, HTTP, GC) and of Meilisearch. */
  indexerCpuMs: number
  meiliCpuMs: number
}

async function timed(meiliPid: number, run: () => Promise<IndexReport>): Promise<Timed> {
  const start = performance.now()
  const cpu = process.cpuUsage()
  const meiliCpu = await processCpuMs(meiliPid)
  const report = await run()
  const used = process.cpuUsage(cpu)
  return {
    report,
    wallMs: performance.now() - start,
    indexerCpuMs: (used.user + used.system) / 1000,
    meiliCpuMs: (await processCpuMs(meiliPid)) - meiliCpu,
  }
}

/** User + system CPU time of a process, from /proc (clock ticks of 10 ms on Linux). */
async function processCpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

function print(title: string, { report, wallMs, indexerCpuMs, meiliCpuMs }: Timed): void {
  const t = report.timings
  console.log(`\n${title}`)
  console.log(
    `  documents: ${report.documents.total} in the index, ${report.documents.sent} sent, ` +
      `${report.files.unchanged} files unchanged, ${report.duplicateIds.length} duplicate ids`,
  )
  console.log(
    `  wall time: ${ms(wallMs)}, ${((report.files.seen / wallMs) * 1000).toFixed(0)} sheets/s`,
  )
  console.log(
    `  indexer's own time: ${ms(t.indexerMs)} ` +
      `(read+hash ${ms(t.readMs)}, parse ${ms(t.parseMs)}, analyse ${ms(t.analyseMs)}, ` +
      `serialise ${ms(t.serialiseMs)}, send ${ms(t.sendMs)})`,
  )
  console.log(
    `  Meilisearch task processing (sum of batch durations): ${ms(t.meiliTaskMs)}; ` +
      `the indexer waited on tasks for ${ms(t.waitMs)}`,
  )
  console.log(
    `  indexer's share: ${percent(t.indexerMs, t.indexerMs + t.meiliTaskMs)} of indexer + Meilisearch time, ` +
      `${percent(t.indexerMs, wallMs)} of the wall time (goal < 20 %)`,
  )
  console.log(
    `  CPU time: indexer process ${ms(indexerCpuMs)}, Meilisearch ${ms(meiliCpuMs)}: ` +
      `indexer ${percent(indexerCpuMs, indexerCpuMs + meiliCpuMs)} of the CPU spent`,
  )
}

/** The project's full build against plain Meilisearch on the same texts, as ratios. */
function printAgainstPlain(full: Timed, disk: number, rss: number, plain: PlainBuild): void {
  const n = full.report.documents.total ?? plain.documents
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`
  console.log(`\nfull build against plain Meilisearch (default settings, raw texts), same run:`)
  console.log(
    `  time: ${ms(full.wallMs)} (${((n / full.wallMs) * 1000).toFixed(0)} documents/s) vs ${ms(plain.wallMs)} ` +
      `(${((plain.documents / plain.wallMs) * 1000).toFixed(0)} documents/s): ${ratio(full.wallMs, plain.wallMs)} (goal ≤ 1.5×)`,
  )
  console.log(
    `  Meilisearch CPU: ${ms(full.meiliCpuMs)} vs ${ms(plain.meiliCpuMs)}: ${ratio(full.meiliCpuMs, plain.meiliCpuMs)}; ` +
      `with the indexer's own CPU ${ratio(full.meiliCpuMs + full.indexerCpuMs, plain.meiliCpuMs)}`,
  )
  console.log(
    `  data directory: ${mb(disk)} (${(disk / n / 1000).toFixed(1)} kB/document) vs ${mb(plain.dataBytes)} ` +
      `(${(plain.dataBytes / plain.documents / 1000).toFixed(1)} kB/document): ${ratio(disk, plain.dataBytes)} (goal ≤ 3×)`,
  )
  console.log(
    `  Meilisearch peak RSS: ${mb(rss)} vs ${mb(plain.peakRssBytes)}: ${ratio(rss, plain.peakRssBytes)}`,
  )
}

function ms(value: number): string {
  return `${(value / 1000).toFixed(1)} s`
}

function percent(part: number, whole: number): string {
  return whole > 0 ? `${((part / whole) * 100).toFixed(1)} %` : 'n/a'
}
