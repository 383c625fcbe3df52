import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { describe, expect, test } from 'vitest'
import {
  meilisearchQueries,
  renderQuery,
  writtenTerm,
} from '../src/query-reading/meilisearch-queries.js'

const analyzer = loadSwedishAnalyzer()
const parse = (q: string) => analyzer.analyzeQuery(q)

describe('the Meilisearch queries of a parsed query', () => {
  test('phrases first, then words, then exclusions as typed and as lemmas', () => {
    expect(meilisearchQueries(parse('unga "psykisk ohälsa" -kommunerna'))).toEqual({
      raw: '"psykisk ohälsa" unga -kommunerna',
      analysed: '"psykisk ohälsa" unga -kommunerna -kommun',
      positive: true,
    })
  })

  test('a compound is its parts, or with `whole` its lemma', () => {
    expect(meilisearchQueries(parse('omsorgspersonalen')).analysed).toBe('omsorg personal')
    expect(meilisearchQueries(parse('omsorgspersonalen'), 'whole').analysed).toBe('omsorgspersonal')
  })

  test('exclusions alone have nothing to match and no analysed query', () => {
    expect(meilisearchQueries(parse('-expert'))).toEqual({
      raw: '-expert',
      analysed: '',
      positive: false,
    })
  })
})

test('a parsed query is written back with its phrases and exclusions', () => {
  expect(renderQuery(parse('unga  "psykisk ohälsa"  -covid'))).toBe('unga "psykisk ohälsa" -covid')
})

test('a term is written with its quotes and its minus', () => {
  expect(parse('unga "psykisk ohälsa" -covid -"egen regi"').terms.map(writtenTerm)).toEqual([
    'unga',
    '"psykisk ohälsa"',
    '-covid',
    '-"egen regi"',
  ])
})
