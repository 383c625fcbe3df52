import { describe, expect, expectTypeOf, it } from 'vitest'
import * as meili from '../src/index.js'

describe('@projektbank/meili entry point', () => {
  it('exports exactly the public surface', () => {
    expect(Object.keys(meili).sort()).toEqual([
      'DEFAULT_INDEX',
      'MeiliRequestError',
      'TaskError',
      'createLogger',
      'deleteDefaultKeys',
      'ensureSearchKey',
      'launchMeilisearch',
      'linkedController',
      'meiliRequest',
      'readSearchKey',
      'resolveDataDir',
      'resolveMeilisearch',
      'silentLogger',
      'storeSearchKey',
      'timeoutSignal',
      'vocabularyIndexOf',
      'waitForTask',
    ])
    expect(meili.DEFAULT_INDEX).toBe('projects')
  })

  it('has a test-support entry, @projektbank/meili/testing', async () => {
    expect(Object.keys(await import('../src/testing.js')).sort()).toEqual([
      'TEST_BIN_DIR',
      'aborted',
      'collectGarbage',
      'eventually',
      'isAlive',
      'startTestMeilisearch',
    ])
  })

  it('types the main functions as documented', () => {
    expectTypeOf(meili.launchMeilisearch).returns.resolves.toHaveProperty('stop')
    expectTypeOf<meili.EmbeddedMeilisearch['pid']>().toEqualTypeOf<number>()
    expectTypeOf(meili.resolveMeilisearch).returns.resolves.toExtend<meili.MeiliConnection>()
    expectTypeOf(meili.waitForTask).parameter(1).toEqualTypeOf<number | { taskUid: number }>()
  })
})
