/**
 * What the index settings of issue 17 cost at search time: `/search` p50 on the index as built
 * (`proximityPrecision: byAttribute`) against a copy of the same documents and vocabulary under
 * the setting it replaced (`byWord`), each behind its own API process, paired on one connection
 * so that both see the same background load. The build-time side of the same change is in the
 * indexer's `bench:settings`.
 */
import {
  DEFAULT_INDEX,
  ensureSearchKey,
  type MeiliConnection,
  meiliRequest,
  vocabularyIndexOf,
  waitForTask,
} from '@projektbank/meili'

/** The copy's search key, fixed so that a run left unfinished leaves no second key. */
const COPY_KEY_UID = '5f1c2e8a-3b4d-4c6e-9a7b-2d8e0f1a3c5b'

/** Documents copied per request. */
const PAGE = 1000

/** Starts an API process on `index` with `searchKey`; resolves its base URL. */
export type StartApiOn = (index: string, searchKey: string) => Promise<string>
/** p50 of each sender, alternating on one connection (see `pairedP50` in `api.bench.ts`). */
export type PairedP50 = (
  sends: readonly ((i: number) => Promise<Response>)[],
  n: number,
) => Promise<number[]>

/**
 * Copies the default index and its vocabulary under `<index>-byword` with only the proximity
 * precision changed, then prints both p50s over `queries` and their ratio.
 *
 * @example
 * await printProximityFigures(meili, searchKey, BENCH_QUERIES, startApiOn, pairedP50)
 */
export async function printProximityFigures(
  meili: MeiliConnection,
  searchKey: string,
  queries: readonly string[],
  startApiOn: StartApiOn,
  pairedP50: PairedP50,
): Promise<void> {
  const copy = `${DEFAULT_INDEX}-byword`
  const started = Date.now()
  const settings = await meiliRequest<Record<string, unknown>>(
    meili,
    'GET',
    `/indexes/${DEFAULT_INDEX}/settings`,
  )
  await copyIndex(meili, DEFAULT_INDEX, copy, { ...settings, proximityPrecision: 'byWord' })
  await copyIndex(meili, vocabularyIndexOf(DEFAULT_INDEX), vocabularyIndexOf(copy))
  console.log(`proximity: ${copy} copied and indexed with byWord (${Date.now() - started} ms)`)

  // The same read-only key the indexer makes, on the copy and its vocabulary.
  const key = await ensureSearchKey(meili, { indexes: [copy], uid: COPY_KEY_UID, name: copy })
  const [asBuilt, byWord] = await Promise.all([
    startApiOn(DEFAULT_INDEX, searchKey),
    startApiOn(copy, key.key),
  ])
  const send = (base: string) => (k: number) => fetch(`${base}${queries[k % queries.length]}`)
  // Warm both (caches, JIT), then measure.
  await pairedP50([send(asBuilt), send(byWord)], queries.length * 5)
  const [built = Number.NaN, before = Number.NaN] = await pairedP50(
    [send(asBuilt), send(byWord)],
    640,
  )
  await meiliRequest(meili, 'DELETE', `/keys/${key.uid}`)
  for (const index of [copy, vocabularyIndexOf(copy)]) await dropIndex(meili, index)
  console.log(
    `proximity: /search p50 ${built.toFixed(2)} ms byAttribute (as built) vs ${before.toFixed(2)} ms byWord (before issue 17): ${((built / before - 1) * 100).toFixed(1)} % (goal ≤ +10 %)`,
  )
}

/** Creates `to` with `settings` and all documents of `from`, waiting for every task. */
async function copyIndex(
  meili: MeiliConnection,
  from: string,
  to: string,
  settings?: Record<string, unknown>,
): Promise<void> {
  // The bench's data directory is kept between runs: a copy left by an earlier one goes first.
  await dropIndex(meili, to).catch(() => undefined)
  const created = await meiliRequest<{ taskUid: number }>(meili, 'POST', '/indexes', {
    body: { uid: to, primaryKey: 'id' },
  })
  await waitForTask(meili, created.taskUid)
  if (settings) {
    const patched = await meiliRequest<{ taskUid: number }>(
      meili,
      'PATCH',
      `/indexes/${to}/settings`,
      { body: settings },
    )
    await waitForTask(meili, patched.taskUid)
  }
  const tasks: number[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = await meiliRequest<{ results: unknown[] }>(
      meili,
      'POST',
      `/indexes/${from}/documents/fetch`,
      { body: { offset, limit: PAGE } },
    )
    if (page.results.length === 0) break
    const added = await meiliRequest<{ taskUid: number }>(
      meili,
      'POST',
      `/indexes/${to}/documents`,
      { body: page.results },
    )
    tasks.push(added.taskUid)
    if (page.results.length < PAGE) break
  }
  for (const uid of tasks) await waitForTask(meili, uid, { timeoutMs: 30 * 60_000 })
}

/** Deletes `index` and waits for it; rejects when there was none. */
async function dropIndex(meili: MeiliConnection, index: string): Promise<void> {
  const dropped = await meiliRequest<{ taskUid: number }>(meili, 'DELETE', `/indexes/${index}`)
  await waitForTask(meili, dropped.taskUid)
}
