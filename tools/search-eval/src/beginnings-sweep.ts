import { readFile, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { buildSearchDocument, RAW_SEARCHABLE_ATTRIBUTES } from '@projektbank/model'
import { loadCorpus } from './corpus.js'

/**
 * Asks a running API's `/search` for every beginning (two letters up to the whole word) of
 * every distinct word of the sheets in `--data`, as the search page asks at each pause in
 * typing, and lists the beginnings that find nothing ("Inga projekt matchar" on the page).
 * The kinds of query asked:
 *
 * - `word`: the words of the searched texts (title, sections, owner, partners, places, …);
 * - `folded`: the same typed without å/ä/ö (`overg` of *övergång*);
 * - `phrase`: the last word after the word before it, on `--phrases` pairs of neighbouring
 *   words spread evenly over the texts (`kvinnor ar` of *kvinnor arbetar*);
 * - `sheet`: words of the sheet files that no searched text has (labels run into their values
 *   by the page's layout, `telefonnummer`, `regionöstra`).
 *
 * A beginning is listed with the word it was taken from and how the API read it.
 *
 * ```sh
 * pnpm start -- --data <dir>   # in another shell
 * pnpm --filter @projektbank/search-eval sweep:beginnings --data <dir> [--api http://127.0.0.1:8787]
 * ```
 */
const { values } = parseArgs({
  options: {
    api: { type: 'string', default: 'http://127.0.0.1:8787' },
    data: { type: 'string' },
    out: { type: 'string' },
    phrases: { type: 'string', default: '300' },
    /** Only these kinds, comma-separated (`phrase`). */
    kinds: { type: 'string', default: 'word,folded,phrase,sheet' },
    concurrency: { type: 'string', default: '3' },
  },
})
if (values.data === undefined) throw new Error('--data <folder of sheets> is required')

const KINDS = ['word', 'folded', 'phrase', 'sheet'] as const
type Kind = (typeof KINDS)[number]

/** A word of two letters or more, hyphens inside kept (`it-stöd`). */
const WORD = /^\p{L}[\p{L}-]*\p{L}$/u

/**
 * The words of a text as typed into the box: lower case, punctuation off, hyphens inside kept;
 * a token with a digit in it (`2019-00150`, `covid-19`) is no word being typed.
 */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s/()"”“,.;:!?«»]+/u)
    .map((word) => word.replace(/^[-'’]+|[-'’]+$/gu, ''))
    .filter((word) => WORD.test(word))
}

/** The words of a sheet file: its labels run into their values (`Telefonnummer070-388`). */
const sheetWordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => WORD.test(word))

/** Every beginning of `word` from two letters on. */
function beginningsOf(word: string): string[] {
  const letters = [...word]
  return letters.slice(1).map((_, i) => letters.slice(0, i + 2).join(''))
}

const fold = (word: string) => word.replace(/[åä]/gu, 'a').replace(/ö/gu, 'o')

const sheets = await loadCorpus([values.data])
const texts: string[] = []
for (const { project } of sheets) {
  const doc: Record<string, unknown> = buildSearchDocument(project, { analyze: () => '' })
  for (const field of RAW_SEARCHABLE_ATTRIBUTES) {
    const value = doc[field]
    for (const text of Array.isArray(value) ? value : [value]) {
      if (typeof text === 'string') texts.push(text)
    }
  }
}
const words = new Set(texts.flatMap(wordsOf))
const sheetWords = new Set<string>()
for (const { path } of sheets) {
  for (const word of sheetWordsOf(await readFile(path, 'utf8'))) {
    if (!words.has(word)) sheetWords.add(word)
  }
}

// Each query once, under the first kind and word it was met with.
const queries = new Map<string, { word: string; kind: Kind }>()
const add = (q: string, word: string, kind: Kind) => {
  if (!queries.has(q)) queries.set(q, { word, kind })
}
for (const word of words) for (const q of beginningsOf(word)) add(q, word, 'word')
for (const word of words) {
  if (fold(word) !== word) for (const q of beginningsOf(fold(word))) add(q, word, 'folded')
}
const pairs = texts.flatMap((text) =>
  wordsOf(text).flatMap((word, i, ws) => (i === 0 ? [] : [[ws[i - 1] as string, word] as const])),
)
const stride = Math.max(1, Math.floor(pairs.length / Number(values.phrases)))
for (const [before, word] of pairs.filter((_, i) => i % stride === 0)) {
  for (const q of beginningsOf(word)) add(`${before} ${q}`, `${before} ${word}`, 'phrase')
}
for (const word of sheetWords) for (const q of beginningsOf(word)) add(q, word, 'sheet')

const kinds = new Set(values.kinds.split(','))
const asked = [...queries].filter(([, { kind }]) => kinds.has(kind))
process.stderr.write(
  `${sheets.length} sheets, ${words.size} words (${sheetWords.size} more in the sheet files), ` +
    `${asked.length} queries to ask ${values.api}\n`,
)

interface ZeroHit {
  q: string
  word: string
  kind: Kind
  /** The query as the API read it. */
  searched: string
  /** Whether the word the beginning was taken from, typed in full as it is, finds something. */
  wordFinds?: boolean
}
const zero: ZeroHit[] = []
const hits = new Map<string, number>()
let next = 0
let done = 0
async function askNext(): Promise<void> {
  while (next < asked.length) {
    const [q, { word, kind }] = asked[next++] as (typeof asked)[number]
    const url = `${values.api}/search?q=${encodeURIComponent(q)}&hitsPerPage=1`
    const response = await fetch(url)
    if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    const body = (await response.json()) as { totalHits: number; reading: { searched: string } }
    hits.set(q, body.totalHits)
    if (body.totalHits === 0) zero.push({ q, word, kind, searched: body.reading.searched })
    if (++done % 2000 === 0) process.stderr.write(`${done}/${asked.length}, ${zero.length} zero\n`)
  }
}
await Promise.all(Array.from({ length: Number(values.concurrency) }, askNext))

// Every word was asked in full as its last beginning (a phrase with its word in full, a word
// without å/ä/ö as typed so).
for (const z of zero) z.wordFinds = (hits.get(z.kind === 'folded' ? fold(z.word) : z.word) ?? 0) > 0
const count = (list: readonly { kind: Kind }[]) =>
  Object.fromEntries(KINDS.map((kind) => [kind, list.filter((e) => e.kind === kind).length]))
const summary = {
  asked: count(asked.map(([, e]) => e)),
  zero: count(zero),
  zeroWhileWordFinds: count(zero.filter((z) => z.wordFinds)),
}
zero.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || (a.q < b.q ? -1 : 1))
for (const [name, counts] of Object.entries(summary)) {
  process.stdout.write(`${name.padEnd(18)} ${JSON.stringify(counts)}\n`)
}
for (const z of zero) {
  const finds = z.wordFinds ? 'word finds' : 'word finds nothing'
  process.stdout.write(`${z.kind}\t${z.q}\t${z.word}\t${z.searched}\t${finds}\n`)
}
if (values.out) await writeFile(values.out, `${JSON.stringify({ ...summary, zero }, null, 1)}\n`)
