import type {
  CompletionsResponse,
  Facet,
  FacetSearchResponse,
  Project,
  SearchResponse,
  StatsResponse,
} from '@projektbank/model'
import { describe, expectTypeOf, test } from 'vitest'
import { type Client, createClient } from '../src/create-client.js'
import type { CompletionsParams, HealthStatus, SearchParams, StatsParams } from '../src/params.js'
import type { ProblemError } from '../src/problem-error.js'

// Never called: these tests are checked by `tsc` (the package's typecheck), the calls below
// only have to compile or, under @ts-expect-error, fail to.
const api: Client = createClient('http://api.test', { fetch: () => Response.json({}) })

describe('types of the client', () => {
  test('each method resolves with the model type of its route', () => {
    expectTypeOf(api.search).returns.resolves.toEqualTypeOf<SearchResponse>()
    expectTypeOf(api.completions).returns.resolves.toEqualTypeOf<CompletionsResponse>()
    expectTypeOf(api.project).returns.resolves.toEqualTypeOf<Project>()
    expectTypeOf(api.facet).returns.resolves.toEqualTypeOf<FacetSearchResponse>()
    expectTypeOf(api.stats).returns.resolves.toEqualTypeOf<StatsResponse>()
    expectTypeOf(api.statsWorkbook).returns.resolves.toEqualTypeOf<Response>()
    expectTypeOf(api.export).returns.resolves.toEqualTypeOf<Response>()
    expectTypeOf(api.health).returns.resolves.toEqualTypeOf<HealthStatus>()
    expectTypeOf(api.ready).returns.resolves.toEqualTypeOf<HealthStatus>()
  })

  test('parameters follow the model: one value or a list, names and codes checked', () => {
    expectTypeOf<SearchParams['region']>().toEqualTypeOf<string | readonly string[] | undefined>()
    expectTypeOf<SearchParams['page']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<SearchParams['verbatim']>().toEqualTypeOf<boolean | undefined>()
    expectTypeOf<SearchParams['layout']>().toEqualTypeOf<
      'A' | 'B' | 'C' | 'D' | 'E' | readonly ('A' | 'B' | 'C' | 'D' | 'E')[] | undefined
    >()
    expectTypeOf<StatsParams['groupBy']>().toEqualTypeOf<StatsResponse['groupBy']>()
    expectTypeOf<{ q: 'unga'; region: 'Övre Norrland'; year: [2014] }>().toExtend<SearchParams>()
    expectTypeOf<{ reigon: 'Övre Norrland' }>().not.toExtend<SearchParams>()
    expectTypeOf<{ sort: 'cheapest' }>().not.toExtend<SearchParams>()
    expectTypeOf<{ page: '2' }>().not.toExtend<SearchParams>()
    expectTypeOf<CompletionsParams>().toEqualTypeOf<{ limit?: number }>()
    // @ts-expect-error the query is the first argument, not a parameter
    void api.completions('unga', { q: 'unga' })
    expectTypeOf<{ facets: ['nope'] }>().not.toExtend<SearchParams>()
    expectTypeOf<{ sort: 'count' }>().not.toExtend<StatsParams>()
    // The format is the method's: stats() reads JSON, statsWorkbook() downloads the workbook.
    expectTypeOf<'format' extends keyof StatsParams ? true : false>().toEqualTypeOf<false>()
  })

  test('facet names are checked, and /stats needs groupBy', () => {
    expectTypeOf(api.facet).parameter(0).toEqualTypeOf<Facet>()
    if (Math.random() > 2) {
      // @ts-expect-error 'nope' is not a facet
      void api.facet('nope')
      // @ts-expect-error groupBy is required
      void api.stats({ q: 'unga' })
      // @ts-expect-error an unknown parameter
      void api.search({ qq: 'unga' })
    }
  })

  test('a ProblemError is an Error with the problem fields', () => {
    expectTypeOf<ProblemError>().toExtend<Error>()
    expectTypeOf<ProblemError['status']>().toEqualTypeOf<number>()
    expectTypeOf<ProblemError['code']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<ProblemError['invalidParams']>().toEqualTypeOf<
      { name: string; reason: string }[] | undefined
    >()
  })
})
