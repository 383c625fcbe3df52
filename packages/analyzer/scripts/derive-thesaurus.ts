/**
 * Derives `data/thesaurus-expansions.json` (the query-time synonym table `THESAURUS_EXPANSIONS`)
 * from the Swedish MyThes thesaurus of Debian's `mythes-sv` package, and writes its notice
 * beside it. The package is not needed to build or test: its output is checked in.
 *
 * Usage: tsx scripts/derive-thesaurus.ts [--dat <th_sv_SE_v2.dat>] [--copyright <file>]
 *          [--texts <dir>]… [--out <json>] [--candidates <json>] [--measurements <json>]
 *
 * `--texts` (default: the repository's `seeds/` and `tools/search-eval/sheets/`) are the
 * project texts whose words a synonym must be one of; `--candidates` also writes every pair
 * that passes the general filters, for the search evaluation's `ablate:thesaurus`, whose
 * output `--measurements` turns into a new `data/thesaurus-review.json` before the table is
 * derived from it (the rule: `scripts/thesaurus/review-pairs.ts`).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { loadSwedishAnalyzer } from '../src/node.js'
import { QUERY_EXPANSIONS } from '../src/query/expand-query.js'
import { formatJson } from './thesaurus/format-json.js'
import { decodeMythes, parseMythes } from './thesaurus/parse-mythes.js'
import { readNotice } from './thesaurus/read-notice.js'
import { readReview } from './thesaurus/read-review.js'
import { type MeasuredPair, reviewPairs } from './thesaurus/review-pairs.js'
import { type SynonymPair, selectPairs } from './thesaurus/select-pairs.js'

const REVIEW_DESCRIPTION =
  "The relevance set's verdict on the thesaurus pairs its queries trigger, read by scripts/derive-thesaurus.ts: only `kept` pairs enter data/thesaurus-expansions.json. Each pair was measured alone (pnpm eval:search's full system with the hand-kept table and that one pair as the thesaurus, against the hand-kept table alone, on the queries whose reading holds the pair's word). A pair is kept when it raises recall@10, precision@10 or nDCG@10 on some query and lowers none on any; `denied` says what it did instead. Unjudged hits count as not relevant, as in pnpm eval:search. Pairs no query triggers are untested and not kept. `wholeSet`: the whole set without a thesaurus and with every candidate pair. Regenerate: see the analyzer README, The thesaurus and its notice."

/** The licence asks modified copies to say so, next to the copyright notice. */
const MODIFIED_NOTE =
  "Modified: filtered by Projektbank's derive-thesaurus script (packages/analyzer/scripts/derive-thesaurus.ts): only some of the thesaurus's word pairs are kept, one direction each, as query expansions."

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const repositoryRoot = resolve(packageRoot, '..', '..')
const { values } = parseArgs({
  options: {
    dat: { type: 'string', default: '/usr/share/mythes/th_sv_SE_v2.dat' },
    copyright: { type: 'string', default: '/usr/share/doc/mythes-sv/copyright' },
    texts: {
      type: 'string',
      multiple: true,
      default: [join(repositoryRoot, 'seeds'), join(repositoryRoot, 'tools/search-eval/sheets')],
    },
    out: { type: 'string', default: join(packageRoot, 'data', 'thesaurus-expansions.json') },
    candidates: { type: 'string' },
    measurements: { type: 'string' },
  },
})
const reviewFile = join(packageRoot, 'data', 'thesaurus-review.json')

const datPath = fromCaller(values.dat)
const copyrightPath = fromCaller(values.copyright)
for (const [what, path] of [
  ['thesaurus (--dat)', datPath],
  ['copyright file (--copyright)', copyrightPath],
] as const) {
  if (!existsSync(path)) {
    console.error(
      `derive-thesaurus: the ${what} ${path} does not exist. Install Debian's mythes-sv package (apt-get install mythes-sv) or pass the path; the derived table is checked in, so only regenerating it needs the package.`,
    )
    process.exit(1)
  }
}

const datBytes = readFileSync(datPath)
const entries = parseMythes(decodeMythes(datBytes))
// The .dat is the thesaurus, named th_sv_SE.dat in the upstream sources the notice lists.
const notice = readNotice(readFileSync(copyrightPath, 'utf8'), 'th_sv_SE.dat')

const analyzer = loadSwedishAnalyzer()
const textLemmas = new Set<string>()
for (const dir of values.texts.map(fromCaller)) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    for (const token of analyzer.analyzeTokens(readFileSync(join(dir, file), 'utf8'))) {
      if (!token.stopword) textLemmas.add(token.lemma)
    }
  }
}
const handKeptLemmas = new Set(
  QUERY_EXPANSIONS.flatMap((entry) => {
    const terms = analyzer.analyzeQuery(entry.from).terms
    return terms.length === 1 ? (terms[0]?.lemmas ?? []) : []
  }),
)

const { pairs, rejected } = selectPairs(entries, {
  facts: (word) => {
    const analysis = analyzer.analyzeWord(word)
    return {
      lemma: analysis.lemma,
      analysable: analysis.lemmaSource === 'lexicon' || analysis.lemmaSource === 'compound',
      stopword: analysis.stopword,
    }
  },
  textLemmas,
  handKeptLemmas,
})

const pairKey = (pair: SynonymPair) => `${pair.from}\u0000${pair.to}`
if (values.candidates) {
  writeJson(fromCaller(values.candidates), { pairs })
}
if (values.measurements) {
  writeJson(reviewFile, reviewFromMeasurements(fromCaller(values.measurements)))
}
const review = readReview(reviewFile)
const candidates = new Set(pairs.map(pairKey))
const stale = review.kept.filter((pair) => !candidates.has(pairKey(pair)))
if (stale.length > 0) {
  console.error(
    `derive-thesaurus: kept pairs the filters no longer pass (measure again, then update data/thesaurus-review.json): ${stale.map((p) => `${p.from} → ${p.to}`).join(', ')}`,
  )
  process.exit(1)
}
// Only measured pairs that help: the per-pair ablation found far more pairs that cost
// precision than pairs that help (see the review file), so an untested pair is not kept.
const why = new Map(review.kept.map((pair) => [pairKey(pair), pair.why]))
const rows = new Map<string, { from: string; to: string[]; why: string[] }>()
for (const pair of pairs) {
  const reason = why.get(pairKey(pair))
  if (reason === undefined) continue
  const row = rows.get(pair.from) ?? { from: pair.from, to: [], why: [] }
  row.to.push(pair.to)
  row.why.push(`${pair.to}: ${reason}`)
  rows.set(pair.from, row)
}

const out = fromCaller(values.out)
writeJson(out, {
  description:
    "Query-time synonyms derived from the Swedish thesaurus of Debian's mythes-sv package by packages/analyzer/scripts/derive-thesaurus.ts: one-word pairs whose words the lexicon knows, that are no stop words and no two forms of one word, whose key has no hand-kept row and whose synonym some project text uses, and of those only the pairs the relevance set showed to help (data/thesaurus-review.json; `why` gives the figures). Searched after the hand-kept table (query-expansions.json) and the words derived from the lexicon. Do not edit by hand: change the script or the review and run `pnpm --filter @projektbank/analyzer derive:thesaurus`.",
  source: { file: basename(datPath), sha256: sha256(datBytes) },
  notice: [...notice, '', MODIFIED_NOTE],
  entries: [...rows.values()].map((row) => ({
    from: row.from,
    to: row.to,
    why: row.why.join('; '),
  })),
})
writeFileSync(
  join(packageRoot, 'THESAURUS-NOTICE.txt'),
  [
    'The synonym table in this package (data/thesaurus-expansions.json, bundled into dist/) is',
    "derived from the Swedish thesaurus th_sv_SE.dat as packaged in Debian's mythes-sv. Its",
    'notice, retained as its licence requires:',
    '',
    ...notice,
    '',
    MODIFIED_NOTE,
    '',
  ].join('\n'),
)

console.log(
  JSON.stringify({
    event: 'thesaurus-derived',
    file: out,
    headwords: entries.length,
    candidatePairs: pairs.length,
    rejected,
    measured: review.kept.length + review.denied.length,
    kept: review.kept.length,
    untested: pairs.length - review.kept.length - review.denied.length,
    rows: rows.size,
    pairs: [...rows.values()].reduce((sum, row) => sum + row.to.length, 0),
  }),
)

/** The review file's content from the search evaluation's per-pair measurements. */
function reviewFromMeasurements(path: string) {
  const data = JSON.parse(readFileSync(path, 'utf8')) as {
    measured?: unknown
    withoutThesaurus?: Record<string, number>
    allCandidates?: Record<string, number>
    candidates?: unknown
    pairs?: unknown
  }
  if (!Array.isArray(data.pairs) || typeof data.measured !== 'string') {
    throw new Error(
      `derive-thesaurus: ${path} is not what ablate:thesaurus writes (needs "measured" and "pairs")`,
    )
  }
  const figures = (summary: Record<string, number> | undefined) => ({
    recall: round(summary?.recall),
    precision: round(summary?.precision),
    ndcg: round(summary?.ndcg),
  })
  const { kept, denied } = reviewPairs(data.pairs as MeasuredPair[])
  return {
    description: REVIEW_DESCRIPTION,
    measured: data.measured,
    wholeSet: {
      withoutThesaurus: figures(data.withoutThesaurus),
      allCandidates: figures(data.allCandidates),
    },
    kept,
    denied,
  }
}

function round(value: number | undefined): number | null {
  return value === undefined ? null : Math.round(value * 1000) / 1000
}

// `pnpm --filter … derive:thesaurus` runs in this package's folder; a relative path means the caller's.
function fromCaller(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path)
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, formatJson(value))
}
