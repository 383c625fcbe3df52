import { describe, expect, expectTypeOf, it } from 'vitest'
import * as indexer from '../src/index.js'

describe('@projektbank/indexer entry point', () => {
  it('exports exactly the public surface', () => {
    expect(Object.keys(indexer).sort()).toEqual([
      'DEFAULT_INDEX',
      'INDEX_SETTINGS',
      'IndexRunError',
      'InputError',
      'MAX_TOTAL_HITS',
      'MAX_VALUES_PER_FACET',
      'MeiliRequestError',
      'SEARCH_KEY_FILE',
      'SEARCH_KEY_UID',
      'SYNONYM_GROUPS',
      'TaskError',
      'applyIndexSettings',
      'checkSheets',
      'checkTask',
      'createLogger',
      'ensureSearchKey',
      'formatReport',
      'indexSettingsDiffer',
      'indexSheets',
      'isFinished',
      'launchMeilisearch',
      'meiliRequest',
      'readSearchKey',
      'resolveDataDir',
      'resolveMeilisearch',
      'silentLogger',
      'storeSearchKey',
      'synonymMap',
      'waitForTask',
    ])
    expect(indexer.DEFAULT_INDEX).toBe('projects')
  })

  it('types the main functions as documented', () => {
    expectTypeOf(indexer.indexSheets).returns.resolves.toEqualTypeOf<indexer.IndexReport>()
    expectTypeOf(indexer.launchMeilisearch).returns.resolves.toHaveProperty('stop')
    expectTypeOf<indexer.EmbeddedMeilisearch['pid']>().toEqualTypeOf<number>()
    expectTypeOf(indexer.resolveMeilisearch).returns.resolves.toExtend<indexer.MeiliConnection>()
    expectTypeOf(indexer.waitForTask).parameter(1).toEqualTypeOf<number | { taskUid: number }>()
  })
})
