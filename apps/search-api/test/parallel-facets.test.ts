import { describe, expect, test } from 'vitest'
import { configFromEnv } from '../src/config.js'
import type {
  FederatedQuery,
  FederatedSearchRequest,
  FederatedSearchResult,
} from '../src/meilisearch-gateway.js'
import { type ParallelFacets, searchInParts, splitFederatedSearch } from '../src/parallel-facets.js'
import { createFakeGateway, createTestApp, DOC_000 } from './_fakes.js'

/** One query of the federation: the raw one on a field, or the analysed one on its twin. */
const query = (q: string, searchOn: string, weight: number): FederatedQuery => ({
  indexUid: 'projects',
  q,
  attributesToSearchOn: [searchOn],
  attributesToRetrieve: ['id', 'title', 'background'],
  filter: 'region = "Övre Norrland"',
  sort: [],
  federationOptions: { weight },
})

const REQUEST: FederatedSearchRequest = {
  federation: {
    limit: 20,
    offset: 40,
    facetsByIndex: { projects: ['region', 'esfGrant'] },
    mergeFacets: {},
  },
  queries: [query('unga', 'background', 1), query('ung', 'svTerms.background', 0.8)],
}

const PAGE: FederatedSearchResult = {
  hits: [{ id: 'x' }],
  estimatedTotalHits: 61,
  processingTimeMs: 4,
}
const COUNTS: FederatedSearchResult = {
  hits: [],
  estimatedTotalHits: 61,
  processingTimeMs: 9,
  facetDistribution: { region: { 'Övre Norrland': 61 } },
  facetStats: { esfGrant: { min: 1, max: 2 } },
}

/** A `send` whose answers the test releases by hand, recording what it was asked. */
function controlledSend() {
  const sent: {
    request: FederatedSearchRequest
    signal: AbortSignal
    options: { freshConnection?: boolean } | undefined
  }[] = []
  const pending: {
    resolve: (result: FederatedSearchResult) => void
    reject: (error: unknown) => void
  }[] = []
  const send = (
    request: FederatedSearchRequest,
    signal: AbortSignal,
    options?: { freshConnection?: boolean },
  ) => {
    sent.push({ request, signal, options })
    return new Promise<FederatedSearchResult>((resolve, reject) => {
      pending.push({ resolve, reject })
      signal.addEventListener('abort', () => reject(signal.reason))
    })
  }
  return { send, sent, pending }
}

const idle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('splitFederatedSearch', () => {
  test('a hits half and a facets half of ids, same queries, same page', () => {
    const split = splitFederatedSearch(REQUEST)
    expect(split?.hits).toEqual({ federation: { limit: 20, offset: 40 }, queries: REQUEST.queries })
    expect(split?.facets).toEqual({
      federation: {
        // The page, so that score floors leave out of the counts what they leave out of the hits.
        limit: 20,
        offset: 40,
        facetsByIndex: { projects: ['region', 'esfGrant'] },
        mergeFacets: {},
      },
      queries: REQUEST.queries.map((q) => ({ ...q, attributesToRetrieve: ['id'] })),
    })
  })

  test('nothing to split without facets or without hits', () => {
    const noFacets = { ...REQUEST, federation: { limit: 20, offset: 0 } }
    expect(splitFederatedSearch(noFacets)).toBeNull()
    const noHits = { ...REQUEST, federation: { ...REQUEST.federation, limit: 0 } }
    expect(splitFederatedSearch(noHits)).toBeNull()
  })
})

describe('searchInParts', () => {
  test('always: the page comes as soon as its half answers, the counts from the other', async () => {
    const { send, sent, pending } = controlledSend()
    const parts = searchInParts(send, 'always')(REQUEST, new AbortController().signal)
    // The facet counts go first.
    expect(sent.map((s) => s.request.federation.facetsByIndex !== undefined)).toEqual([true, false])
    let pageSeen = false
    void parts.page.then(() => {
      pageSeen = true
    })
    pending[1]?.resolve(PAGE)
    await idle()
    expect(pageSeen).toBe(true)
    pending[0]?.resolve(COUNTS)
    expect(await parts.page).toEqual(PAGE)
    expect(await parts.facets).toMatchObject({
      facetDistribution: COUNTS.facetDistribution,
      facetStats: COUNTS.facetStats,
      processingTimeMs: 9,
    })
  })

  test('each half asks for a new connection', () => {
    const { send, sent } = controlledSend()
    searchInParts(send, 'always')(REQUEST, new AbortController().signal)
    expect(sent.map((s) => s.options)).toEqual([
      { freshConnection: true },
      { freshConnection: true },
    ])
  })

  test('when-idle: splits a lone search, not one that comes while another waits', async () => {
    const { send, sent, pending } = controlledSend()
    const search = searchInParts(send, 'when-idle')
    const first = search(REQUEST, new AbortController().signal)
    expect(sent).toHaveLength(2)
    const second = search(REQUEST, new AbortController().signal)
    expect(sent).toHaveLength(3)
    expect(sent[2]?.request).toBe(REQUEST)
    pending[1]?.resolve(PAGE)
    pending[0]?.resolve(COUNTS)
    pending[2]?.resolve({ ...COUNTS, hits: PAGE.hits })
    await Promise.all([first.page, first.facets, second.page, second.facets])
    await idle()
    search(REQUEST, new AbortController().signal)
    expect(sent).toHaveLength(5)
  })

  test.each<ParallelFacets>(['never', 'when-idle'])(
    '%s: one request when there is nothing to split or splitting is off',
    async (mode) => {
      const { send, sent, pending } = controlledSend()
      const request =
        mode === 'never' ? REQUEST : { ...REQUEST, federation: { limit: 5, offset: 0 } }
      const parts = searchInParts(send, mode)(request, new AbortController().signal)
      expect(sent.map((s) => s.request)).toEqual([request])
      pending[0]?.resolve({ ...COUNTS, hits: PAGE.hits })
      expect((await parts.page).hits).toEqual(PAGE.hits)
      expect((await parts.facets).facetDistribution).toEqual(COUNTS.facetDistribution)
    },
  )

  test('when one half fails, the other is aborted and the failure is what the caller sees', async () => {
    const { send, sent, pending } = controlledSend()
    const parts = searchInParts(send, 'always')(REQUEST, new AbortController().signal)
    const failure = new Error('facet counting failed')
    pending[0]?.reject(failure)
    await expect(Promise.all([parts.page, parts.facets])).rejects.toBe(failure)
    expect(sent[1]?.signal.aborted).toBe(true)
  })

  test("the caller's signal reaches both halves", async () => {
    const { send, sent } = controlledSend()
    const caller = new AbortController()
    const parts = searchInParts(send, 'always')(REQUEST, caller.signal)
    caller.abort(new Error('timed out'))
    await expect(parts.page).rejects.toThrow('timed out')
    await expect(parts.facets).rejects.toThrow('timed out')
    expect(sent.map((s) => s.signal.aborted)).toEqual([true, true])
  })
})

describe('the search route', () => {
  test('answers the same whether the search was split or not', async () => {
    const docs = [DOC_000, { ...DOC_000, id: '001', title: 'Unga vuxna i arbete' }]
    const path = '/search?q=tillg%C3%A4nglighetsexpert&hitsPerPage=1&page=2&facets=region,layout'
    const bodies = []
    for (const parallelFacets of ['always', 'never'] as const) {
      const fake = createFakeGateway({ docs })
      const { app, calls } = createTestApp({ parallelFacets }, fake)
      const res = await app.request(path)
      expect(res.status).toBe(200)
      expect(calls.federated).toHaveLength(parallelFacets === 'always' ? 2 : 1)
      bodies.push(await res.json())
    }
    expect(bodies[0]).toEqual(bodies[1])
    expect(bodies[0]).toMatchObject({ totalHits: 2, hits: [{ id: '001' }] })
  })
})

describe('configuration', () => {
  test('MEILI_PARALLEL_FACETS takes the three modes and rejects anything else', () => {
    expect(configFromEnv({ MEILI_PARALLEL_FACETS: 'never' }).parallelFacets).toBe('never')
    expect(configFromEnv({}).parallelFacets).toBeUndefined()
    expect(() => configFromEnv({ MEILI_PARALLEL_FACETS: 'sometimes' })).toThrow(
      'MEILI_PARALLEL_FACETS must be one of when-idle, always, never, got "sometimes"',
    )
  })
})
