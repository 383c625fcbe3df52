/**
 * Settings bench: builds the same generated corpus once per variant of the index settings and
 * document shape (plain Meilisearch first), each on a fresh Meilisearch, and prints what each
 * build cost: wall time, Meilisearch's CPU time, peak RSS and data-directory size, as ratios to
 * plain Meilisearch measured in the same run. Asserts nothing.
 *
 *   pnpm --filter @projektbank/indexer bench:settings [-- --count 10000 --only plain,current]
 */
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ensureCorpus } from '@projektbank/corpus'
import { renderSheet } from '@projektbank/parser'
import {
  ensureBenchDocuments,
  loadDocuments,
  onFreshMeilisearch,
  transformDocuments,
} from '../src/bench/index.js'
import { SETTINGS_VARIANTS } from './_settings-variants.js'

const argv = process.argv.slice(2)
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    count: { type: 'string' },
    seed: { type: 'string' },
    only: { type: 'string' },
  },
})
const count = Number(values.count ?? 10_000)
const seed = Number(values.seed ?? 1)
const only = values.only?.split(',')
const repoRoot = resolve(import.meta.dirname, '../../..')
const benchDir = join(repoRoot, '.bench')
const corpus = join(benchDir, `corpus-${count}-seed-${seed}`)
const binDir = join(benchDir, 'meilisearch-bin')

await ensureCorpus({ count, seed, render: renderSheet }, corpus)
const docs = await ensureBenchDocuments(corpus)
console.log(`${docs.count} documents from ${corpus}`)
console.log(`machine: ${cpus().length} cores, load average at start ${load()}\n`)

const variants = SETTINGS_VARIANTS.filter((v) => !only || only.includes(v.name))
const rows: { name: string; why: string; figures: Figures }[] = []
for (const variant of variants) {
  let source = variant.documents === 'plain' ? docs.plain : docs.full
  if (variant.reshape) {
    const reshaped = `${docs.full}.${variant.name}`
    await transformDocuments(docs.full, reshaped, variant.reshape)
    source = reshaped
  }
  const measured = await onFreshMeilisearch(binDir, (meili) =>
    loadDocuments(meili, {
      documents: source,
      settings: variant.settings,
      ...(variant.batchSize ? { batchSize: variant.batchSize } : {}),
      ...(variant.maxPending ? { maxPending: variant.maxPending } : {}),
    }),
  )
  await measured.stop()
  const figures = { ...measured, ...measured.result }
  rows.push({ name: variant.name, why: variant.why, figures })
  console.log(`${variant.name}: ${line(figures)} (load ${load()})`)
}

const plain = rows.find((r) => r.name === 'plain')?.figures
console.log(
  '\n| variant | wall | Meili CPU | data dir | peak RSS | wall / plain | CPU / plain | disk / plain |',
)
console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
for (const { name, figures: f } of rows) {
  console.log(
    `| ${name} | ${s(f.wallMs)} | ${s(f.meiliCpuMs)} | ${mb(f.dataBytes)} | ${mb(f.peakRssBytes)} | ` +
      `${ratio(f.wallMs, plain?.wallMs)} | ${ratio(f.meiliCpuMs, plain?.meiliCpuMs)} | ${ratio(f.dataBytes, plain?.dataBytes)} |`,
  )
}
console.log(`\nload average at the end: ${load()}`)

interface Figures {
  documents: number
  wallMs: number
  taskMs: number
  meiliCpuMs: number
  dataBytes: number
  peakRssBytes: number
}

function line(f: Figures): string {
  return (
    `${f.documents} docs, wall ${s(f.wallMs)}, batches ${s(f.taskMs)}, Meilisearch CPU ${s(f.meiliCpuMs)}, ` +
    `data ${mb(f.dataBytes)}, peak RSS ${mb(f.peakRssBytes)}`
  )
}
function s(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(0)} MB`
}
function ratio(value: number, base: number | undefined): string {
  return base ? `${(value / base).toFixed(2)}×` : 'n/a'
}
function load(): string {
  return loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
}
