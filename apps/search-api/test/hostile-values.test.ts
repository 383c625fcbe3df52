import { describe, expect, test } from 'vitest'
import { buildFilter, quoteFilterValue } from '../src/filter.js'
import { createTestApp, problemOf } from './_fakes.js'
import { HOSTILE_VALUES, STRING_FACET_PARAMS, TEN_KB_VALUES } from './_hostile-corpus.js'

describe('quoteFilterValue', () => {
  test.each([...HOSTILE_VALUES, ...TEN_KB_VALUES])('%s', (_label, value, quoted) => {
    expect(quoteFilterValue(value)).toBe(quoted)
  })
})

describe('buildFilter keeps hostile values inside their quotes', () => {
  test.each(STRING_FACET_PARAMS)('%s', (facet) => {
    for (const [, value, quoted] of [...HOSTILE_VALUES, ...TEN_KB_VALUES]) {
      expect(buildFilter({ [facet]: [value] })).toBe(`${facet} IN [${quoted}]`)
      expect(buildFilter({ [facet]: ['Övre Norrland', value], grantMin: 1 })).toBe(
        `${facet} IN ["Övre Norrland", ${quoted}] AND esfGrant >= 1`,
      )
    }
  })
})

describe('every facet parameter of /search passes hostile values on only quoted', () => {
  test.each(STRING_FACET_PARAMS)('%s', async (facet) => {
    const { app, calls } = createTestApp()
    for (const [label, value, quoted] of HOSTILE_VALUES) {
      // facets= : no facet counts, so the one request is the search (no disjunctive count).
      const res = await app.request(`/search?q=x&facets=&${facet}=${encodeURIComponent(value)}`)
      expect(res.status, label).toBe(200)
      expect(calls.federated.at(-1)?.queries[0]?.filter, label).toBe(`${facet} IN [${quoted}]`)
    }
    expect(calls.federated).toHaveLength(HOSTILE_VALUES.length)
  })

  test.each(['layout', 'year'])('%s only takes its own values: 400 naming it', async (param) => {
    const { app, calls } = createTestApp()
    for (const [label, value] of HOSTILE_VALUES) {
      const res = await app.request(`/search?${param}=${encodeURIComponent(value)}`)
      expect(res.status, label).toBe(400)
      expect(
        (await problemOf(res)).invalidParams?.map((p) => p.name),
        label,
      ).toEqual([param])
    }
    expect(calls.federated).toHaveLength(0)
  })

  test('10 kB values are refused with 414 before anything is searched', async () => {
    const { app, calls } = createTestApp()
    for (const facet of [...STRING_FACET_PARAMS, 'layout', 'year', 'q']) {
      for (const [label, value] of TEN_KB_VALUES) {
        const res = await app.request(`/search?${facet}=${encodeURIComponent(value)}`)
        expect(res.status, `${facet} ${label}`).toBe(414)
        expect((await problemOf(res)).type).toBe('https://projektbank.se/problems/uri-too-long')
      }
    }
    expect(calls.federated).toHaveLength(0)
  })

  test('values over 1000 characters and empty values are 400 naming the parameter', async () => {
    const { app } = createTestApp()
    for (const value of ['y'.repeat(1001), '']) {
      const res = await app.request(`/search?owner=${value}`)
      expect(res.status).toBe(400)
      expect((await problemOf(res)).invalidParams?.[0]?.name).toBe('owner')
    }
  })

  test('/facets and /export build the same quoted filters', async () => {
    const { app, calls } = createTestApp()
    const [, value, quoted] = HOSTILE_VALUES[6] ?? []
    await app.request(`/facets/municipality?q=um&owner=${encodeURIComponent(value ?? '')}`)
    expect(calls.facet[0]?.filter).toBe(`owner IN [${quoted}]`)
    const res = await app.request(`/export?owner=${encodeURIComponent(value ?? '')}`)
    await res.text()
    // With no query the export reads the documents endpoint, with the same filter.
    expect(calls.documents[0]?.filter).toBe(`owner IN [${quoted}]`)
  })
})
