/**
 * Completions bench: `complete()` per request on the vocabulary of generated sheets, as the
 * indexer counts it (documents per word of the analysed twins), with no Meilisearch: the
 * route answers from memory. The requests are what a user types, every beginning of 3–7
 * letters of the 300 commonest words, first time (verdicts not yet kept) and again. With
 * `COMPLETIONS_COMPOUNDS=400` the vocabulary also gets every two-word compound of its 400
 * first plain words (160 000 more), for a large one. Prints p50 / p95; asserts nothing.
 *
 *   COMPLETIONS_SHEETS=10000 pnpm --filter @projektbank/search-api bench:completions
 */
import { loadavg } from 'node:os'
import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { generateSheets } from '@projektbank/corpus'
import { buildSearchDocument } from '@projektbank/model'
import { parseSheet, renderSheet } from '@projektbank/parser'
import { buildVocabulary } from '../src/query-reading/vocabulary.js'
import { createSwedishSearchAnalyzer } from '../src/swedish-analyzer.js'

const SHEETS = Number(process.env.COMPLETIONS_SHEETS ?? 10_000)
const COMPOUNDS = Number(process.env.COMPLETIONS_COMPOUNDS ?? 0)

const analyzer = loadSwedishAnalyzer()
const counts = new Map<string, number>()
for (const sheet of generateSheets({ count: SHEETS, seed: 1, render: renderSheet })) {
  const { project } = parseSheet(Buffer.from(sheet.text))
  if (project === null) continue
  const document = buildSearchDocument(project, {
    analyze: (text) => analyzer.analyzeText(text).join(' '),
  })
  const words = new Set(Object.values(document.svTerms).flatMap((text) => text.split(' ')))
  for (const word of words) if (word) counts.set(word, (counts.get(word) ?? 0) + 1)
}
const plain = [...counts].filter(([word]) => /^\p{L}{4,9}$/u.test(word)).slice(0, COMPOUNDS)
for (const [a, countA] of plain) {
  for (const [b, countB] of plain) counts.set(`${a}${b}`, Math.min(countA, countB))
}
const vocabulary = buildVocabulary(counts)
const search = createSwedishSearchAnalyzer(analyzer, { vocabulary: () => vocabulary })
const complete = (q: string) => search.complete?.(q, 8) ?? []

const common = [...counts]
  .filter(([word]) => /^\p{L}{5,}$/u.test(word))
  .sort((a, b) => b[1] - a[1])
  .slice(0, 300)
const beginnings = common.flatMap(([word]) =>
  Array.from({ length: Math.min(7, word.length) - 2 }, (_, i) => word.slice(0, i + 3)),
)

// The first search reads the query with the vocabulary's sorted words, as the API's does.
search.analyzeQuery('unga orebr')
const started = performance.now()
complete('arb')
const firstMs = performance.now() - started

const percentiles = () => {
  const times = beginnings.map((q) => {
    const start = performance.now()
    complete(q)
    return (performance.now() - start) * 1000
  })
  times.sort((a, b) => a - b)
  const at = (p: number) => Math.round(times[Math.floor(times.length * p)] ?? 0)
  return `${at(0.5)} / ${at(0.95)} µs`
}
const first = percentiles()
const again = percentiles()
console.log(
  `${SHEETS} sheets${COMPOUNDS ? ` + ${plain.length ** 2} compounds` : ''}: ${vocabulary.size} words, ` +
    `${beginnings.length} beginnings; first completion ${firstMs.toFixed(1)} ms; ` +
    `p50 / p95 first time ${first}, again ${again}; load ${loadavg()[0]?.toFixed(1)}`,
)
