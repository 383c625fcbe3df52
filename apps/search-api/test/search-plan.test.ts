import { expect, test } from 'vitest'
import type { AnalysedQuery } from '../src/search-analyzer.js'
import { planSearch, typoFreeMinScore, wholeWords } from '../src/search-plan.js'

const query = {
  reading: { searched: '"psykisk ohälsa" kommunerna', rewrites: [] },
  alternative: '',
  raw: '"psykisk ohälsa" kommunerna',
  analysed: '"psykisk ohälsa" kommun',
  hasPositiveTerms: true,
  terms: null,
}
const base = {
  indexUid: 'projects',
  query,
  fields: ['background', 'goals'] as const,
  filter: 'year IN [2014]',
  limit: 20,
  offset: 40,
  facets: ['region'] as const,
  analysedWeight: 0.8,
}
const retrieve = [
  'id',
  'title',
  'owner',
  'region',
  'programArea',
  'phase',
  'startDate',
  'endDate',
  'esfGrant',
  'totalBudget',
  'municipality',
  'targetGroup',
  'background',
  'goals',
]

test('relevance: raw query on the texts (weight 1), lemmas on their twins (0.8, rarest words kept above a score floor), one federation', () => {
  expect(planSearch({ ...base, sort: 'relevance' })).toEqual({
    federation: {
      limit: 20,
      offset: 40,
      facetsByIndex: { projects: ['region', 'esfGrant', 'totalBudget'] },
      mergeFacets: {},
    },
    queries: [
      {
        indexUid: 'projects',
        attributesToRetrieve: retrieve,
        filter: 'year IN [2014]',
        sort: [],
        q: '"psykisk ohälsa" kommunerna',
        attributesToSearchOn: ['background', 'goals'],
        federationOptions: { weight: 1 },
      },
      {
        indexUid: 'projects',
        attributesToRetrieve: retrieve,
        filter: 'year IN [2014]',
        sort: [],
        q: '"psykisk ohälsa" kommun ',
        attributesToSearchOn: ['svTerms.background', 'svTerms.goals'],
        federationOptions: { weight: 0.8 },
        matchingStrategy: 'frequency',
        rankingScoreThreshold: 0.4,
      },
    ],
  })
})

test('a sorted search sends the queries of the relevance order, each with the sort', () => {
  const withSort = (queries: readonly object[]) =>
    queries.map((q) => ({ ...q, sort: ['esfGrant:desc'] }))
  const af = { ...query, raw: 'af', analysed: 'af', expanded: ['arbete förmedling'] }
  const far = { ...query, raw: 'far', analysed: 'far', alternative: 'få får' }
  for (const read of [query, af, far]) {
    const relevance = planSearch({ ...base, query: read, sort: 'relevance' }).queries
    const sorted = planSearch({ ...base, query: read, sort: 'esfGrant:desc' }).queries
    expect(sorted).toEqual(withSort(relevance))
  }
})

test('a word of its own respelled is a third query on the twins, at a quarter of their weight', () => {
  const far = {
    ...query,
    raw: 'far',
    analysed: 'far',
    alternative: 'få får',
  }
  const queries = planSearch({ ...base, query: far, sort: 'relevance' }).queries
  expect(
    queries.map((q) => [q.q, q.attributesToSearchOn, q.federationOptions, q.matchingStrategy]),
  ).toEqual([
    ['far', ['background', 'goals'], { weight: 1 }, undefined],
    ['far ', ['svTerms.background', 'svTerms.goals'], { weight: 0.8 }, 'frequency'],
    ['få får ', ['svTerms.background', 'svTerms.goals'], { weight: 0.2 }, 'frequency'],
  ])
})

test('abbreviations and synonyms are more queries on the twins, below their weight, every word required', () => {
  const af = { ...query, raw: 'af', analysed: 'af', expanded: ['arbete förmedling'] }
  const queries = planSearch({ ...base, query: af, sort: 'relevance' }).queries
  expect(
    queries.map((q) => [q.q, q.attributesToSearchOn, q.federationOptions, q.matchingStrategy]),
  ).toEqual([
    ['af', ['background', 'goals'], { weight: 1 }, undefined],
    ['af ', ['svTerms.background', 'svTerms.goals'], { weight: 0.8 }, 'frequency'],
    // 0.8 of the analysed query's 0.8: below the word as typed, above a one-word partial match.
    ['arbete förmedling ', ['svTerms.background', 'svTerms.goals'], { weight: 0.8 * 0.8 }, 'all'],
  ])
})

test('a one-word compound: itself on the twins, then its parts at half weight above a score floor', () => {
  const compound = {
    ...query,
    reading: { searched: 'praktikplatser', rewrites: [] },
    raw: 'praktikplatser',
    analysed: 'praktikplats',
    spelledOut: 'praktik plats',
    analysedMatching: 'all' as const,
  }
  const queries = planSearch({ ...base, query: compound, sort: 'relevance' }).queries
  expect(queries.map((q) => [q.q, q.federationOptions, q.rankingScoreThreshold])).toEqual([
    ['praktikplatser', { weight: 1 }, undefined],
    ['praktikplats ', { weight: 0.8 }, 2 / 3],
    ['praktik plats ', { weight: 0.4 }, 0.8],
  ])
  expect(queries[2]?.matchingStrategy).toBe('all')
  // Sorted, the same queries with the same floors: the same sheets, in another order.
  const sorted = planSearch({ ...base, query: compound, sort: 'esfGrant:desc' }).queries
  expect(sorted.map((q) => [q.q, q.rankingScoreThreshold])).toEqual(
    queries.map((q) => [q.q, q.rankingScoreThreshold]),
  )
})

test('one word on the twins: only the word itself, not Meilisearch splitting it in two', () => {
  // A split counts as one typo; the floor is the least score of a match without one.
  expect(typoFreeMinScore('elev')).toBe(1 / 2)
  expect(typoFreeMinScore('förskola')).toBe(1 / 2)
  expect(typoFreeMinScore('barnfamilj')).toBe(2 / 3)
  expect(typoFreeMinScore('kommunförbund')).toBe(2 / 3)
  const twinQuery = (analysed: string, analysedMatching: 'all' | 'frequency') =>
    planSearch({
      ...base,
      sort: 'relevance',
      query: { ...query, raw: analysed, analysed, analysedMatching },
    }).queries[1]
  expect(twinQuery('barnfamilj', 'all')?.rankingScoreThreshold).toBe(2 / 3)
  expect(twinQuery('elev', 'all')?.rankingScoreThreshold).toBe(1 / 2)
  // Several lemmas of one word, or several words: no such floor.
  expect(twinQuery('far fara', 'all')?.rankingScoreThreshold).toBeUndefined()
  expect(twinQuery('barn familj', 'frequency')?.rankingScoreThreshold).toBe(0.4)
})

test('several words: the raw query weighs as much as the analysed one; one word keeps weight 1', () => {
  const severalWords: AnalysedQuery = {
    ...query,
    reading: { searched: 'kompetensutveckling i äldreomsorgen', rewrites: [] },
    raw: 'kompetensutveckling äldreomsorgen',
    analysed: 'kompetens utveckling äldre omsorg',
    analysedMatching: 'frequency',
  }
  const weights = (q: AnalysedQuery) =>
    planSearch({ ...base, query: q, sort: 'relevance' }).queries.map((p) => [
      p.q,
      p.federationOptions?.weight,
    ])
  expect(weights(severalWords)).toEqual([
    ['kompetensutveckling äldreomsorgen', 0.8],
    ['kompetens utveckling äldre omsorg ', 0.8],
  ])
  const oneWord = { ...severalWords, raw: 'äldreomsorgen', analysed: 'äldreomsorg' }
  expect(weights({ ...oneWord, analysedMatching: 'all' })).toEqual([
    ['äldreomsorgen', 1],
    ['äldreomsorg ', 0.8],
  ])
  // Nothing analysed (a plain analyser): the raw query alone, at weight 1.
  expect(weights({ ...severalWords, analysed: '' })).toEqual([
    ['kompetensutveckling äldreomsorgen', 1],
  ])
})

test('the respelled word is also searched on the places, which have no twin', () => {
  const mala = {
    ...query,
    raw: 'mala',
    analysed: 'mala',
    alternative: 'malå',
    analysedMatching: 'all' as const,
  }
  const everywhere = planSearch({ ...base, query: mala, fields: undefined, sort: 'relevance' })
  expect(everywhere.queries[2]?.q).toBe('malå ')
  expect(everywhere.queries[2]?.attributesToSearchOn?.slice(-4)).toEqual([
    'svTerms.actors',
    'municipality',
    'county',
    'region',
  ])
  // Fields chosen by the user: their twins only, as before.
  const chosen = planSearch({ ...base, query: mala, sort: 'relevance' })
  expect(chosen.queries[2]?.attributesToSearchOn).toEqual(['svTerms.background', 'svTerms.goals'])
})

test('the twins are searched for whole words; the raw query keeps its last word as a prefix', () => {
  // Meilisearch reads the last word as a prefix unless a space follows it.
  expect(wholeWords('arbetsmarknad enhet')).toBe('arbetsmarknad enhet ')
  const enhet = {
    ...query,
    raw: 'arbetsmarknadsenhet',
    analysed: 'arbetsmarknadsenhet',
    spelledOut: 'arbetsmarknad enhet',
    expanded: ['arbetsmarknad avdelning'],
    alternative: 'arbetsmarknadsenhet',
    analysedMatching: 'all' as const,
  }
  const relevance = planSearch({ ...base, query: enhet, sort: 'relevance' }).queries
  expect(relevance.map((q) => q.q)).toEqual([
    'arbetsmarknadsenhet',
    'arbetsmarknadsenhet ',
    'arbetsmarknad enhet ',
    'arbetsmarknad avdelning ',
    'arbetsmarknadsenhet ',
  ])
  // Sorted, the same queries: the raw one keeps its prefix, the twins are whole words.
  const sorted = planSearch({ ...base, query: enhet, sort: 'esfGrant:desc' }).queries
  expect(sorted.map((q) => q.q)).toEqual(relevance.map((q) => q.q))
})
