/**
 * Parser throughput and memory, in one run (`pnpm bench`, or `pnpm --filter @projektbank/parser
 * bench` after a build; it measures the built dist/, as users run it):
 *   (a) read + decode (readFileSync + TextDecoder) over a 10 000-sheet corpus,
 *   (b) read + parseSheet (which decodes, parses and hashes) over the same files,
 *   (c) parseSheet over in-memory strings on one core, with node:crypto and portable hashing,
 *   (d) a floor for (c): the passes no parser of these sheets can skip, done as cheaply as
 *       Node allows — the SHA-256 of the input (its `source`), splitting it into lines, and one
 *       table lookup per character (finding target groups in the narratives looks at each),
 *   peak RSS of the built CLI over 1 000 and 10 000 files (a fresh process each),
 *   and with BENCH_BASELINE=<module>, (c) of this build against an earlier one, interleaved.
 * Medians of BENCH_REPS (default 5) repetitions after one warm-up, as wall time and as CPU time
 * of this process; CPU time is the steadier figure on a machine shared with other work. The
 * corpus is generated once under .bench/ at the repository root and reused while its manifest
 * matches.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { ensureCorpus } from '@projektbank/corpus'
import { renderSheet } from '../src/render/index.js'

const DIST = join(import.meta.dirname, '../dist')
if (!existsSync(join(DIST, 'cli.js'))) {
  throw new Error('dist/ is missing: run `pnpm --filter @projektbank/parser build` first')
}
const { parseSheet: parsePortable } = (await import(
  join(DIST, 'index.js')
)) as typeof import('../src/index.js')
const { parseSheet } = (await import(join(DIST, 'node.js'))) as typeof import('../src/node.js')

const ROOT = join(import.meta.dirname, '../../..')
const BENCH_DIR = process.env.BENCH_DIR ?? join(ROOT, '.bench')
const REPS = Number(process.env.BENCH_REPS ?? 5)
const SEED = 1

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

interface Timing {
  /** Median wall time, seconds. */
  readonly seconds: number
  /** Median CPU time (user + system) of this process, seconds. */
  readonly cpuSeconds: number
}

/** Times one run of `work` (after one warm-up run of its own). */
function measureOnce(work: () => number): Timing {
  work()
  const started = process.hrtime.bigint()
  const usage = process.cpuUsage()
  work()
  const used = process.cpuUsage(usage)
  return {
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    cpuSeconds: (used.user + used.system) / 1e6,
  }
}

/** Runs `work` once to warm up, then REPS times; returns the median wall and CPU times. */
function measure(work: () => number): Timing {
  work()
  const wall: number[] = []
  const cpu: number[] = []
  for (let rep = 0; rep < REPS; rep += 1) {
    const started = process.hrtime.bigint()
    const usage = process.cpuUsage()
    work()
    const used = process.cpuUsage(usage)
    wall.push(Number(process.hrtime.bigint() - started) / 1e9)
    cpu.push((used.user + used.system) / 1e6)
  }
  return { seconds: median(wall), cpuSeconds: median(cpu) }
}

function sheetFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(directory, name))
}

/** Runs the built CLI over a directory, output to /dev/null, and reads back its peak RSS. */
function rssOf(directory: string): { code: number | null; maxRssKiB: number } {
  const run = spawnSync(
    process.execPath,
    ['--import', join(import.meta.dirname, '_report-rss.mjs'), join(DIST, 'cli.js'), directory],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  )
  const report = /@@rss (\{.*\})/.exec(run.stderr)?.[1]
  if (report === undefined) throw new Error(`the CLI did not report its RSS: ${run.stderr}`)
  return { code: run.status, ...(JSON.parse(report) as { maxRssKiB: number }) }
}

const log = (message: string): void => {
  process.stderr.write(`${message}\n`)
}

log('preparing corpora (generated once, then reused)…')
const corpus10k = join(BENCH_DIR, 'corpus-10k')
const corpus1k = join(BENCH_DIR, 'corpus-1k')
const manifest = await ensureCorpus({ count: 10_000, seed: SEED, render: renderSheet }, corpus10k)
await ensureCorpus({ count: 1_000, seed: SEED, render: renderSheet }, corpus1k)
const files = sheetFiles(corpus10k)
const megabytes = manifest.bytes / 1e6

log(`(a) read + decode, ${files.length} files, ${REPS} reps…`)
const decoder = new TextDecoder('utf-8')
const readDecode = measure(() => {
  let characters = 0
  for (const file of files) characters += decoder.decode(readFileSync(file)).length
  return characters
})

log('(b) read + parseSheet…')
let errorSheets = 0
const readParse = measure(() => {
  let projects = 0
  errorSheets = 0
  for (const file of files) {
    const { project, diagnostics } = parseSheet(readFileSync(file))
    if (project !== null) projects += 1
    if (diagnostics.some((d) => d.severity === 'error')) errorSheets += 1
  }
  return projects
})

log('(c) parseSheet over in-memory strings…')
const texts = files.map((file) => readFileSync(file, 'utf8'))
const parseOnly = measure(() => {
  let projects = 0
  for (const text of texts) if (parseSheet(text).project !== null) projects += 1
  return projects
})
const baseline = await measureBaseline()
const parsePortableOnly = measure(() => {
  let projects = 0
  for (const text of texts) if (parsePortable(text).project !== null) projects += 1
  return projects
})

/**
 * (c) against another build of the parser, in the same process and interleaved rep by rep, so
 * that the machine's load falls on both alike: `BENCH_BASELINE=<module>` names a bundled
 * `@projektbank/parser/node` of an earlier commit (see the README's Performance section).
 */
async function measureBaseline(): Promise<{ current: Timing; baseline: Timing } | null> {
  const path = process.env.BENCH_BASELINE
  if (path === undefined || path === '') return null
  const other = (await import(path)) as { parseSheet: typeof parseSheet }
  log(`(c) against the baseline ${path}, interleaved…`)
  const run = (parse: typeof parseSheet) => () => {
    let projects = 0
    for (const text of texts) if (parse(text).project !== null) projects += 1
    return projects
  }
  const current: Timing[] = []
  const before: Timing[] = []
  for (let rep = 0; rep < REPS; rep += 1) {
    // Alternate which goes first, so neither always runs on a warmer or cooler machine.
    const pair = rep % 2 === 0 ? [current, before] : [before, current]
    for (const into of pair) {
      const parse = into === current ? parseSheet : other.parseSheet
      into.push(measureOnce(run(parse)))
    }
  }
  const medianOf = (timings: Timing[]): Timing => ({
    seconds: median(timings.map((t) => t.seconds)),
    cpuSeconds: median(timings.map((t) => t.cpuSeconds)),
  })
  return { current: medianOf(current), baseline: medianOf(before) }
}

log('(d) floor: SHA-256 + line split + one table lookup per character…')
// Any table works: the cost is the lookup per character, not what the table says.
const VOWELS = new Uint8Array(0x10000)
for (const vowel of 'aeiouyåäöAEIOUYÅÄÖ') VOWELS[vowel.charCodeAt(0)] = 1
const floor = measure(() => {
  let sum = 0
  for (const text of texts) {
    sum += createHash('sha256').update(text, 'utf8').digest('hex').length
    sum += text.split('\n').length
    for (let index = 0; index < text.length; index += 1) sum += VOWELS[text.charCodeAt(index)] ?? 0
  }
  return sum
})
texts.length = 0

log('peak RSS of the CLI pipeline (fresh process per size)…')
const rss1k = rssOf(corpus1k)
const rss10k = rssOf(corpus10k)

const rate = (seconds: number): string => `${(megabytes / seconds).toFixed(1)} MB/s`
const perSecond = (seconds: number): string => `${Math.round(files.length / seconds)}/s`
const ms = (seconds: number): string => `${(seconds * 1000).toFixed(0)} ms`
const mib = (kib: number): string => `${(kib / 1024).toFixed(1)} MiB`
const row = (name: string, t: Timing): string[] => [
  name,
  ms(t.seconds),
  rate(t.seconds),
  ms(t.cpuSeconds),
  rate(t.cpuSeconds),
  perSecond(t.cpuSeconds),
]

const rows: string[][] = [
  ['measurement', 'wall', 'MB/s (wall)', 'CPU', 'MB/s (CPU)', 'sheets (CPU)'],
  row('(a) read + decode', readDecode),
  row('(b) read + decode + parseSheet', readParse),
  row('(c) parseSheet, in-memory strings', parseOnly),
  row("(c') same, portable SHA-256", parsePortableOnly),
  row('(d) floor: SHA-256 + split + lookup/char', floor),
]
const widths = (rows[0] ?? []).map((_, column) =>
  Math.max(...rows.map((cells) => cells[column]?.length ?? 0)),
)
const table = rows.map((cells) =>
  cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '),
)
const ratio = (t: (timing: Timing) => number): string =>
  `${(t(readParse) / t(readDecode)).toFixed(2)}×`

console.log(`
@projektbank/parser bench: ${files.length} sheets, ${megabytes.toFixed(1)} MB (seed ${SEED}), median of ${REPS}
node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores (one used), load ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' ')}

${table.join('\n')}

(b)/(a) time ratio            ${ratio((t) => t.seconds)} wall, ${ratio((t) => t.cpuSeconds)} CPU   (goal ≤ 4×)
parse-only throughput         ${rate(parseOnly.cpuSeconds)} CPU   (goal ≥ 100 MB/s on one core)
floor of (c), see (d)         ${rate(floor.cpuSeconds)} CPU; (c) takes ${(parseOnly.cpuSeconds / floor.cpuSeconds).toFixed(1)}× its time
sheets with an error          ${errorSheets} of ${files.length}
peak RSS, CLI over  1 000     ${mib(rss1k.maxRssKiB)}   (exit ${rss1k.code})
peak RSS, CLI over 10 000     ${mib(rss10k.maxRssKiB)}   (exit ${rss10k.code})
RSS growth 1k → 10k           ${(((rss10k.maxRssKiB - rss1k.maxRssKiB) / rss1k.maxRssKiB) * 100).toFixed(1)} %`)
if (baseline !== null) {
  console.log(`
(c) against BENCH_BASELINE, interleaved, median of ${REPS} each
  this build                  ${rate(baseline.current.cpuSeconds)} CPU, ${rate(baseline.current.seconds)} wall
  baseline                    ${rate(baseline.baseline.cpuSeconds)} CPU, ${rate(baseline.baseline.seconds)} wall
  this / baseline throughput  ${(baseline.baseline.cpuSeconds / baseline.current.cpuSeconds).toFixed(3)} CPU, ${(baseline.baseline.seconds / baseline.current.seconds).toFixed(3)} wall`)
}
