/**
 * Throughput and latency of the API against Meilisearch answering the same federated request
 * directly: same connections, same duration, same mix of queries and filters, one run after
 * the other. On one connection it also times the API with the split turned off and a proxy
 * that only pipes requests through (`_pass-through-proxy.mjs`), the floor of any extra hop.
 * Not a test — it prints figures (`pnpm --filter @projektbank/search-api bench`).
 *
 * Then it times `/stats` against the unfiltered `/search` on the same API (see
 * `_stats-figures.ts`, `BENCH_STATS_ROUNDS` rounds); `BENCH_PART=stats` measures only that. `BENCH_PART=reading` times
 * queries as read (å/ä/ö restored) against the same with `verbatim=true` (see
 * `printReadingFigures`). `BENCH_PART=proximity` times the index as built against a copy under
 * the proximity setting it had before issue 17 (see `_proximity-figures.ts`).
 *
 *   BENCH_COUNT=10000 BENCH_SECONDS=15 BENCH_CONNECTIONS=10 pnpm bench
 */
import { spawn } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureCorpus } from '@projektbank/corpus'
import { DEFAULT_INDEX, vocabularyIndexOf } from '@projektbank/meili'
import { renderSheet } from '@projektbank/parser'
import { startSeededMeilisearch } from '@projektbank/seeded-index'
import autocannon from 'autocannon'
import { createApp } from '../src/app.js'
import { createMeilisearchGateway, type SearchGateway } from '../src/meilisearch-gateway.js'
import { loadAnalyzer } from '../src/swedish-analyzer.js'
import { createVocabularySource } from '../src/vocabulary-source.js'
import { printProximityFigures } from './_proximity-figures.js'
import { BENCH_QUERIES } from './_queries.js'
import { printStatsFigures } from './_stats-figures.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const COUNT = Number(process.env.BENCH_COUNT ?? 10_000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)

interface Figures {
  rps: number
  p50: number
  p99: number
  errors: number
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)

/** The built server, as `projektbank-api` runs it (the bench script builds first). */
const SERVER = fileURLToPath(new URL('../dist/server.js', import.meta.url))

/** A Node server that only pipes requests through to Meilisearch: the floor of any hop. */
const PASS_THROUGH = fileURLToPath(new URL('./_pass-through-proxy.mjs', import.meta.url))

/**
 * Alternates short runs against both targets (the machine may be shared, and load from
 * elsewhere should hit both alike), then adds the rounds up.
 */
async function loadAlternating(targets: readonly autocannon.Options[]): Promise<Figures[]> {
  const results = targets.map(() => [] as autocannon.Result[])
  for (let round = 0; round < ROUNDS; round++) {
    for (const [k, target] of targets.entries()) {
      const result = await autocannon({
        ...target,
        connections: CONNECTIONS,
        duration: Math.max(1, Math.round(SECONDS / ROUNDS)),
      })
      results[k]?.push(result)
    }
  }
  return results.map((rounds) => {
    const median = (values: number[]) =>
      values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
    const requests = rounds.reduce((sum, r) => sum + r.requests.total, 0)
    const seconds = rounds.reduce((sum, r) => sum + r.duration, 0)
    return {
      rps: requests / seconds,
      p50: median(rounds.map((r) => r.latency.p50)),
      p99: median(rounds.map((r) => r.latency.p99)),
      errors: rounds.reduce((sum, r) => sum + r.errors + r.non2xx + r.timeouts, 0),
    }
  })
}

/**
 * One connection, requests one after the other, alternating between the targets so that all
 * see the same background load: p50 of each with sub-millisecond resolution.
 */
async function pairedP50(
  sends: readonly ((i: number) => Promise<Response>)[],
  n: number,
): Promise<number[]> {
  const times = sends.map(() => [] as number[])
  for (let i = 0; i < n; i++) {
    for (const [k, send] of sends.entries()) {
      const start = performance.now()
      const res = await send(i)
      await res.arrayBuffer()
      times[k]?.push(performance.now() - start)
    }
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(n / 2)] ?? Number.NaN)
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

async function waitUntilUp(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${url} did not come up`)
}

async function main() {
  const corpus = join(ROOT, `.bench/corpus-${COUNT % 1000 === 0 ? `${COUNT / 1000}k` : COUNT}`)
  console.log(`corpus: ${COUNT} generated sheets in ${corpus}`)
  await ensureCorpus({ count: COUNT, seed: 1, render: renderSheet }, corpus)
  const dataDir = join(ROOT, '.bench/search-api-meilisearch')
  await mkdir(dataDir, { recursive: true })
  const analyzer = await loadAnalyzer()
  const started = Date.now()
  // Kept between runs in .bench/, so a second run only checks that no sheet changed.
  const seeded = await startSeededMeilisearch({
    inputs: [corpus],
    analyze: analyzer.analyzeText,
    dataDir,
    handleSignals: true,
  })
  const { meili, searchKey } = seeded
  try {
    console.log(
      `launched and indexed: ${seeded.report.documents.total} documents (${Date.now() - started} ms)`,
    )
    // The Meilisearch side gets exactly the federated requests the API sends for each path,
    // bodies and headers (the API asks for uncompressed answers; so does the direct side).
    let headers: Record<string, string> = {}
    const gateway = createMeilisearchGateway({
      url: meili.url,
      apiKey: searchKey,
      fetch: (input, init) => {
        // forEach rather than Object.fromEntries(headers): the DOM lib of tsconfig.base.json has
        // no DOM.Iterable, so Headers is not iterable to the type checker.
        headers = {}
        new Headers(init?.headers).forEach((value, name) => {
          headers[name] = value
        })
        return fetch(input, init)
      },
    })
    const bodies: string[] = []
    const recording: SearchGateway = {
      ...gateway,
      federatedSearch: (request, signal) => {
        bodies.push(JSON.stringify(request))
        return gateway.federatedSearch(request, signal)
      },
    }
    // The recorder reads queries as the API process does, with the index's vocabulary (typo
    // correction, restored å/ä/ö): without it the direct side was sent fewer queries than the
    // API sends for the same paths, and the comparison was not like for like.
    const words = createVocabularySource(
      createMeilisearchGateway({
        url: meili.url,
        apiKey: searchKey,
        indexUid: vocabularyIndexOf(DEFAULT_INDEX),
      }),
    )
    if (!(await words.refresh())) throw new Error('the index vocabulary could not be read')
    const reading = await loadAnalyzer({ vocabulary: words.current })
    // Unsplit: the direct side gets the one request a client of Meilisearch would send.
    const recorder = createApp({
      search: recording,
      analyzer: reading.search,
      config: { parallelFacets: 'never' },
    })
    for (const path of BENCH_QUERIES) {
      const res = await recorder.request(path)
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`)
    }

    // The API runs in its own process from dist/, as in production: in this one it would share
    // the event loop with autocannon generating the load. A second one never splits a search into hits
    // and facets (MEILI_PARALLEL_FACETS=never), to show what the split is worth.
    const servers: ReturnType<typeof spawn>[] = []
    process.once('exit', () => {
      for (const server of servers) server.kill('SIGTERM')
    })
    const startApi = async (
      parallelFacets: string,
      index: string = DEFAULT_INDEX,
      key: string = searchKey,
    ) => {
      const port = await freePort()
      servers.push(
        spawn(process.execPath, [SERVER, '--port', String(port)], {
          env: {
            ...process.env,
            MEILI_URL: meili.url,
            MEILI_SEARCH_KEY: key,
            MEILI_INDEX: index,
            MEILI_PARALLEL_FACETS: parallelFacets,
          },
          stdio: ['ignore', 'ignore', 'inherit'],
        }),
      )
      const url = `http://127.0.0.1:${port}`
      await waitUntilUp(`${url}/ready`)
      return url
    }
    const api = await startApi('when-idle')
    if (process.env.BENCH_PART === 'stats') {
      await printStatsFigures(api, servers[0]?.pid, Number(process.env.BENCH_STATS_ROUNDS ?? 30))
      for (const server of servers) server.kill('SIGTERM')
      return
    }
    if (process.env.BENCH_PART === 'proximity') {
      await printProximityFigures(
        { url: meili.url, apiKey: meili.masterKey },
        searchKey,
        BENCH_QUERIES,
        (index, key) => startApi('when-idle', index, key),
        pairedP50,
      )
      for (const server of servers) server.kill('SIGTERM')
      return
    }
    if (process.env.BENCH_PART === 'reading') {
      await printReadingFigures(api)
      for (const server of servers) server.kill('SIGTERM')
      return
    }
    const apiNeverSplit = await startApi('never')
    const proxyPort = await freePort()
    servers.push(
      spawn(process.execPath, [PASS_THROUGH, String(proxyPort), meili.url], {
        stdio: ['ignore', 'ignore', 'inherit'],
      }),
    )
    const passThrough = `http://127.0.0.1:${proxyPort}`
    await waitUntilUp(`${passThrough}/health`)

    let i = 0
    const apiRequests: autocannon.Request[] = [
      {
        method: 'GET',
        setupRequest: (req) => ({
          ...req,
          path: BENCH_QUERIES[i++ % BENCH_QUERIES.length] ?? '/search',
        }),
      },
    ]
    let j = 0
    const meiliRequests: autocannon.Request[] = [
      {
        method: 'POST',
        setupRequest: (req) => ({ ...req, body: bodies[j++ % bodies.length] }),
      },
    ]
    const meiliOptions = { url: `${meili.url}/multi-search`, headers, requests: meiliRequests }
    console.log(`direct requests' headers: ${Object.keys(headers).join(', ')}`)
    console.log(
      `load: ${CONNECTIONS} connections × ${SECONDS} s each in ${ROUNDS} alternating rounds, ${BENCH_QUERIES.length} queries in rotation`,
    )
    // Warm both up (caches, JIT) before measuring.
    await autocannon({ url: api, requests: apiRequests, connections: CONNECTIONS, duration: 3 })
    await autocannon({ ...meiliOptions, connections: CONNECTIONS, duration: 3 })
    const [direct, viaApi] = await loadAlternating([
      meiliOptions,
      { url: api, requests: apiRequests },
    ])
    if (!direct || !viaApi) throw new Error('no figures')

    const federated = (base: string) => (k: number) =>
      fetch(`${base}/multi-search`, {
        method: 'POST',
        headers: meiliOptions.headers,
        body: bodies[k % bodies.length] ?? '',
      })
    const [
      meiliP50 = Number.NaN,
      apiP50 = Number.NaN,
      neverSplitP50 = Number.NaN,
      passThroughP50 = Number.NaN,
    ] = await pairedP50(
      [
        federated(meili.url),
        (k) => fetch(`${api}${BENCH_QUERIES[k % BENCH_QUERIES.length]}`),
        (k) => fetch(`${apiNeverSplit}${BENCH_QUERIES[k % BENCH_QUERIES.length]}`),
        federated(passThrough),
      ],
      320,
    )
    await printStatsFigures(api, servers[0]?.pid, Number(process.env.BENCH_STATS_ROUNDS ?? 30))
    for (const server of servers) server.kill('SIGTERM')

    const row = (name: string, f: Figures) =>
      `${name.padEnd(12)} ${f.rps.toFixed(0).padStart(8)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   errors ${f.errors}`
    console.log(row('meilisearch', direct))
    console.log(row('search-api', viaApi))
    const ratio = viaApi.rps / direct.rps
    console.log(`throughput ratio: ${(ratio * 100).toFixed(1)} % (goal ≥ 70 %)`)
    console.log(`added p50 under load: ${(viaApi.p50 - direct.p50).toFixed(2)} ms`)
    console.log(
      `added p50, one connection: ${(apiP50 - meiliP50).toFixed(2)} ms (${meiliP50.toFixed(2)} → ${apiP50.toFixed(2)} ms; goal ≤ 1 ms)`,
    )
    console.log(
      `  without the split (MEILI_PARALLEL_FACETS=never): ${(neverSplitP50 - meiliP50).toFixed(2)} ms (${neverSplitP50.toFixed(2)} ms)`,
    )
    console.log(
      `  a pass-through Node proxy (pipes the same request, parses nothing): ${(passThroughP50 - meiliP50).toFixed(2)} ms (${passThroughP50.toFixed(2)} ms)`,
    )
  } finally {
    await seeded.stop()
  }
}

/**
 * What reading the query costs (issue 13: `/search` p50 at most +10 %): each bench query as
 * read (å/ä/ö restored, words of their own searched after) against the same query with
 * `verbatim=true` (searched as typed, the behaviour before), paired on one connection; once
 * as written and once typed without å/ä/ö.
 *
 * Typed without å/ä/ö, the verbatim query mostly finds nothing, and nothing is cheap to
 * find: part of the gap is the work of answering at all. The floor of any reading is the
 * spelled query searched verbatim (what a perfect restorer would search, with no reading
 * cost), timed in the same rounds; the reading's own cost is the gap to that floor.
 */
async function printReadingFigures(api: string): Promise<void> {
  const folded = BENCH_QUERIES.map((path) =>
    decodeURI(path).replace(/[åäöé]/g, (c) => ({ å: 'a', ä: 'a', ö: 'o', é: 'e' })[c] ?? c),
  ).map((path) => encodeURI(path))
  const verbatim = (path: string) => `${path}${path.includes('?') ? '&' : '?'}verbatim=true`
  const percent = (a: number, b: number) => `${((a / b - 1) * 100).toFixed(1)} %`
  for (const [label, paths] of [
    ['as written', BENCH_QUERIES],
    ['without å/ä/ö', folded],
  ] as const) {
    const [read = Number.NaN, typed = Number.NaN, spelled = Number.NaN] = await pairedP50(
      [
        (k) => fetch(`${api}${paths[k % paths.length]}`),
        (k) => fetch(`${api}${verbatim(paths[k % paths.length] ?? '/search')}`),
        (k) => fetch(`${api}${verbatim(BENCH_QUERIES[k % BENCH_QUERIES.length] ?? '/search')}`),
      ],
      320,
    )
    console.log(
      `reading, ${label}: p50 ${read.toFixed(2)} ms read vs ${typed.toFixed(2)} ms verbatim (${percent(read, typed)}; goal ≤ +10 %); floor, the spelled query verbatim: ${spelled.toFixed(2)} ms (read ${percent(read, spelled)})`,
    )
  }
  // Mid-word, as the page searches while typing: the verbatim query is Meilisearch's own
  // prefix search of the same letters, which is also the floor of any reading.
  const halfway = BENCH_QUERIES.map(typedThreeQuarters)
  const [read = Number.NaN, typed = Number.NaN] = await pairedP50(
    [
      (k) => fetch(`${api}${halfway[k % halfway.length]}`),
      (k) => fetch(`${api}${verbatim(halfway[k % halfway.length] ?? '/search')}`),
    ],
    320,
  )
  console.log(
    `reading, ¾ of the last word typed: p50 ${read.toFixed(2)} ms read vs ${typed.toFixed(2)} ms verbatim (${percent(read, typed)}; goal ≤ +10 %)`,
  )
}

/**
 * A bench query as the page sends it while its last word is being typed: three quarters of
 * the word (rounded up, at least 3 letters), nothing after it. Queries without a word, or
 * ending in a phrase, stay as they are.
 *
 * @example
 * typedThreeQuarters('/search?q=matchning&year=2016') // '/search?q=matchni&year=2016'
 */
function typedThreeQuarters(path: string): string {
  const url = new URL(path, 'http://bench')
  const q = url.searchParams.get('q')
  const match = q === null ? null : /(\p{L}+)$/u.exec(q)
  if (q === null || !match?.[1]) return path
  const word = [...match[1]]
  const kept = Math.max(3, Math.ceil(word.length * 0.75))
  if (kept >= word.length) return path
  url.searchParams.set('q', q.slice(0, match.index) + word.slice(0, kept).join(''))
  return `${url.pathname}${url.search}`
}

await main()
