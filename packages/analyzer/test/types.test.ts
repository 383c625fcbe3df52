import { describe, expectTypeOf, test } from 'vitest'
import type {
  AnalyzedQuery,
  CompoundSplit,
  MatchRange,
  QueryTerm,
  SwedishAnalyzer,
  Token,
} from '../src/index.js'
import type { loadSwedishAnalyzer } from '../src/node.js'

describe('types', () => {
  test('the node entry returns the core analyzer type', () => {
    expectTypeOf<ReturnType<typeof loadSwedishAnalyzer>>().toEqualTypeOf<SwedishAnalyzer>()
  })

  test('analyzer methods have the documented signatures', () => {
    expectTypeOf<SwedishAnalyzer['analyzeText']>().toEqualTypeOf<(text: string) => string[]>()
    expectTypeOf<SwedishAnalyzer['analyzeQuery']>().returns.toEqualTypeOf<AnalyzedQuery>()
    expectTypeOf<SwedishAnalyzer['splitCompound']>().returns.toEqualTypeOf<
      CompoundSplit | undefined
    >()
    expectTypeOf<SwedishAnalyzer['findMatches']>().returns.toEqualTypeOf<MatchRange[]>()
    expectTypeOf<SwedishAnalyzer['highlight']>().returns.toEqualTypeOf<string[]>()
    expectTypeOf<SwedishAnalyzer['highlight']>()
      .parameter(1)
      .toEqualTypeOf<string | AnalyzedQuery>()
  })

  test('query terms and tokens are read-only data', () => {
    expectTypeOf<QueryTerm['lemmas']>().toEqualTypeOf<readonly string[]>()
    expectTypeOf<AnalyzedQuery['terms']>().toEqualTypeOf<readonly QueryTerm[]>()
    expectTypeOf<Token['start']>().toEqualTypeOf<number>()
  })
})
