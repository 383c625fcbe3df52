/**
 * `GET /completions` against a real Meilisearch: the seeds indexed by the indexer, the API
 * with a search-only key and the vocabulary the indexer wrote. Every completion the route
 * offers finds at least as many projects as it says hold its word.
 */
import { createClient, ProblemError } from '@projektbank/client'
import { CompletionsResponseSchema, ProblemSchema, SearchResponseSchema } from '@projektbank/model'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type SeededApi, startSeededApi } from './_seeded-api.js'

let api: SeededApi | undefined

beforeAll(async () => {
  api = await startSeededApi()
}, 120_000)

afterAll(async () => {
  await api?.stop()
})

async function request(path: string, init?: RequestInit): Promise<Response> {
  if (api === undefined) throw new Error('the seeded API did not start')
  return api.app.request(path, init)
}

async function completions(q: string, limit?: number) {
  const params = new URLSearchParams({ q, ...(limit ? { limit: String(limit) } : {}) })
  const res = await request(`/completions?${params}`)
  expect(res.status).toBe(200)
  return CompletionsResponseSchema.parse(await res.json()).completions
}

async function totalHits(q: string): Promise<number> {
  const res = await request(`/search?${new URLSearchParams({ q, hitsPerPage: '0' })}`)
  return SearchResponseSchema.parse(await res.json()).totalHits
}

describe('GET /completions on the seeds', () => {
  test('arbetsf: completions of the index, each finding what it says holds it', async () => {
    // The seeds write "Arbetsförmedlingen" (and once "arbetsförmedling") and once "arbetsför".
    const found = await completions('unga arbetsf')
    expect(found.map((c) => c.word)).toEqual(['arbetsförmedlingen', 'arbetsför'])
    for (const completion of found) {
      expect(completion.query).toBe(`unga ${completion.word}`)
      expect(completion.count).toBeGreaterThan(0)
      expect(await totalHits(completion.word)).toBeGreaterThanOrEqual(completion.count)
    }
  })

  test('orebr and ornsk: the place, respelled and with its capital, finds its sheets', async () => {
    const [orebro] = await completions('orebr')
    expect(orebro).toMatchObject({ word: 'Örebro', query: 'Örebro', source: 'place' })
    expect(await totalHits('Örebro')).toBeGreaterThanOrEqual(orebro?.count ?? 1)
    expect((await completions('ornsk')).map((c) => c.word)).toEqual(['Örnsköldsvik'])
  })

  test('NEE: the key of the expansion table, which the search reads as what it stands for', async () => {
    expect(await completions('NEE')).toEqual([
      { word: 'NEET', query: 'NEET', count: 0, source: 'expansion' },
    ])
  })

  test('limit caps the list; nothing to complete is an empty list, not an error', async () => {
    expect(await completions('arb', 3)).toHaveLength(3)
    for (const q of ['a', '"för un', '-arbe', '2019', 'arbetsf ']) {
      expect(await completions(q)).toEqual([])
    }
  })

  test('bad input is a problem naming the parameter', async () => {
    for (const [path, param] of [
      ['/completions', 'q'],
      ['/completions?q=arb&limit=21', 'limit'],
      ['/completions?q=arb&limit=ten', 'limit'],
    ] as const) {
      const res = await request(path)
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      const problem = ProblemSchema.parse(await res.json())
      expect(problem.invalidParams?.map((p) => p.name)).toEqual([param])
    }
  })
})

describe('@projektbank/client: completions(q, { limit })', () => {
  test('asks /completions and returns its answer; a bad limit rejects with a ProblemError', async () => {
    const client = createClient('http://api.test', {
      fetch: (input, init) => request(input.replace('http://api.test', ''), init),
    })
    expect(await client.completions('unga arbetsf', { limit: 1 })).toEqual({
      q: 'unga arbetsf',
      completions: [
        {
          word: 'arbetsförmedlingen',
          query: 'unga arbetsförmedlingen',
          count: 5,
          source: 'expansion',
        },
      ],
    })
    const rejected = await client.completions('arb', { limit: 30 }).catch((error) => error)
    expect(rejected).toBeInstanceOf(ProblemError)
    expect(rejected.invalidParams?.map((p: { name: string }) => p.name)).toEqual(['limit'])
  })
})
