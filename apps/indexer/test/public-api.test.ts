import { describe, expect, expectTypeOf, it } from 'vitest'
import * as bench from '../src/bench/index.js'
import * as indexer from '../src/index.js'

describe('@projektbank/indexer entry point', () => {
  it('exports exactly the public surface', () => {
    expect(Object.keys(indexer).sort()).toEqual([
      'INDEX_SETTINGS',
      'IndexRunError',
      'InputError',
      'checkSheets',
      'formatReport',
      'indexSheets',
      'parseRedactionList',
      'readRedactionList',
    ])
  })

  it('types the main functions as documented', () => {
    expectTypeOf(indexer.indexSheets).returns.resolves.toEqualTypeOf<indexer.IndexReport>()
    expectTypeOf(indexer.formatReport).parameter(0).toEqualTypeOf<indexer.IndexReport>()
  })
})

describe('@projektbank/indexer/bench entry point', () => {
  it('exports what the benches share, and nothing of the library', () => {
    expect(Object.keys(bench).sort()).toEqual([
      'BENCH_INDEX',
      'diskBytes',
      'ensureBenchDocuments',
      'loadDocuments',
      'onFreshMeilisearch',
      'peakRss',
      'processCpuMs',
      'transformDocuments',
    ])
  })
})
