/**
 * Benchmarks the analyzer on the seed sheets: lexicon load time and memory, analysis
 * throughput, query analysis and highlighting. Not a test: it prints figures for the README.
 *
 * Usage: pnpm bench   (after pnpm build, which produces dist/lexicon)
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { createAnalyzer } from '../src/create-analyzer.js'
import { decodeLexicon } from '../src/lexicon/decode-lexicon.js'
import type { Lexicon } from '../src/lexicon/lexicon.js'
import { tokenize } from '../src/tokenize.js'

const packageRoot = fileURLToPath(new URL('..', import.meta.url))
const seedsDir = join(packageRoot, '..', '..', 'seeds')
const lexiconPath = join(packageRoot, 'dist', 'lexicon', 'sv.lexicon')
const RUNS = 5
const TARGET_BYTES = 20 * 1024 * 1024

// Expose the collector without a command-line flag, so heap deltas are measured after a
// full collection.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}
const mb = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1)
const line = (label: string, value: string): void => {
  console.log(`${label.padEnd(44)} ${value}`)
}

// 1. Lexicon: memory kept by one loaded lexicon (measured first, before any garbage exists),
//    then load time (read + decode).
gc()
const before = process.memoryUsage()
const lexicon: Lexicon = decodeLexicon(readFileSync(lexiconPath))
gc()
const after = process.memoryUsage()
const heapDelta = after.heapUsed - before.heapUsed
const bufferDelta = after.arrayBuffers - before.arrayBuffers
const loadTimes: number[] = []
for (let run = 0; run < RUNS; run++) {
  const started = performance.now()
  decodeLexicon(readFileSync(lexiconPath))
  loadTimes.push(performance.now() - started)
}
line('lexicon file', `${mb(readFileSync(lexiconPath).byteLength)} MB, ${lexicon.size} forms`)
line('lexicon load (read + decode), median of 5', `${median(loadTimes).toFixed(1)} ms`)
line('lexicon memory: JS heap', `${mb(heapDelta)} MB`)
line('lexicon memory: array buffers (off-heap)', `${mb(bufferDelta)} MB`)
line('lexicon memory: total', `${mb(heapDelta + bufferDelta)} MB`)

// 2. Analysis throughput over the seed texts, repeated to at least 20 MB.
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(seedsDir, name), 'utf8'))
const documents: string[] = []
let totalBytes = 0
while (totalBytes < TARGET_BYTES) {
  for (const seed of seeds) {
    documents.push(seed)
    totalBytes += Buffer.byteLength(seed)
  }
}
const analyzer = createAnalyzer(lexicon)
// Wall-clock time, and this process's CPU time: on a shared machine the second is the fairer
// "one core" figure (it still includes the collector's helper threads, so it errs low).
const wallRates: number[] = []
const cpuRates: number[] = []
let terms = 0
for (let run = 0; run < RUNS; run++) {
  const cpu = process.cpuUsage()
  const started = performance.now()
  for (const document of documents) terms += analyzer.analyzeText(document).length
  const wall = (performance.now() - started) / 1000
  const used = process.cpuUsage(cpu)
  wallRates.push(totalBytes / (1024 * 1024) / wall)
  cpuRates.push(totalBytes / (1024 * 1024) / ((used.user + used.system) / 1e6))
}
line(
  `analyzeText, ${mb(totalBytes)} MB in ${documents.length} documents`,
  `median ${median(wallRates).toFixed(1)} MB/s wall, ${median(cpuRates).toFixed(1)} MB/s CPU time (first run ${(wallRates[0] ?? 0).toFixed(1)} MB/s wall)`,
)

gc()
line(
  'memory after analysis (lexicon + word cache)',
  `${mb(process.memoryUsage().heapUsed - before.heapUsed + process.memoryUsage().arrayBuffers - before.arrayBuffers)} MB`,
)

// Tokenising alone, against Intl.Segmenter (line by line: on one long string it is slower
// still) over the same 1 MB sample; the measurement behind tokenize.ts's hand-written scanner.
const sampleLines: string[] = []
let sampleBytes = 0
for (const document of documents) {
  if (sampleBytes >= 1024 * 1024) break
  for (const sampleLine of document.split('\n')) sampleLines.push(sampleLine)
  sampleBytes += Buffer.byteLength(document)
}
const rateOf = (work: () => void): number => {
  const cpu = process.cpuUsage()
  work()
  const used = process.cpuUsage(cpu)
  return sampleBytes / (1024 * 1024) / ((used.user + used.system) / 1e6)
}
const segmenter = new Intl.Segmenter('sv', { granularity: 'word' })
const segmenterRate = rateOf(() => {
  for (const sampleLine of sampleLines)
    for (const _ of segmenter.segment(sampleLine)) {
    }
})
const scannerRate = median(
  Array.from({ length: RUNS }, () =>
    rateOf(() => {
      for (const sampleLine of sampleLines) tokenize(sampleLine)
    }),
  ),
)
line(
  'tokenize vs Intl.Segmenter, 1 MB, CPU time',
  `${scannerRate.toFixed(1)} MB/s vs ${segmenterRate.toFixed(1)} MB/s`,
)

// Without the word cache every word is looked up and split again: the cost of new vocabulary.
const words = [
  ...new Set(
    seeds
      .join(' ')
      .toLocaleLowerCase('sv')
      .match(/\p{L}+/gu) ?? [],
  ),
]
const uncachedRates: number[] = []
for (let run = 0; run < RUNS; run++) {
  const fresh = createAnalyzer(lexicon, { cacheSize: 1 })
  const started = performance.now()
  for (const word of words) fresh.analyzeWord(word)
  uncachedRates.push(words.length / ((performance.now() - started) / 1000))
}
line(
  `analyzeWord, ${words.length} distinct words, no cache`,
  `median ${Math.round(median(uncachedRates)).toLocaleString('en')} words/s`,
)

// 3. Query analysis and highlighting.
const queries = [
  'kommunerna',
  'arbetsmarknadsfrågor -covid',
  '"psykisk ohälsa" unga',
  'kompetensförsörjning i regionen',
  'tillgänglighetsexpert',
  'samverkan mellan kommuner och landsting',
  'ESF-rådet 2014–2020',
  'nyanlända kvinnor',
]
const opsPerSecond = (operation: () => void): number => {
  const rates: number[] = []
  for (let run = 0; run < RUNS; run++) {
    let count = 0
    const started = performance.now()
    while (performance.now() - started < 300) {
      operation()
      count++
    }
    rates.push(count / ((performance.now() - started) / 1000))
  }
  return median(rates)
}
let next = 0
const queryRate = opsPerSecond(() => {
  analyzer.analyzeQuery(queries[next++ % queries.length] ?? '')
})
line('analyzeQuery', `${Math.round(queryRate).toLocaleString('en')} queries/s`)

const parsedQueries = queries.map((query) => analyzer.analyzeQuery(query))
const averageSeed = Math.round(seeds.reduce((sum, seed) => sum + seed.length, 0) / seeds.length)
const highlightRate = opsPerSecond(() => {
  const i = next++
  analyzer.highlight(seeds[i % seeds.length] ?? '', parsedQueries[i % parsedQueries.length] ?? '', {
    crop: 30,
    maxSnippets: 2,
  })
})
line(
  `highlight (crop 30) of a ${Math.round(averageSeed / 1000)} k-character sheet`,
  `${Math.round(highlightRate).toLocaleString('en')} texts/s`,
)
if (terms === 0) throw new Error('bench: analysis produced no terms; is the lexicon empty?')
