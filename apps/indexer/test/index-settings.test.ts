import { meiliRequest } from '@projektbank/meili'
import {
  FACETS,
  NUMERIC_FILTERS,
  SEARCHABLE_ATTRIBUTES,
  SORTABLE_ATTRIBUTES,
} from '@projektbank/model'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createIndex } from '../src/_index-operations.js'
import { applyIndexSettings, indexSettingsDiffer } from '../src/apply-index-settings.js'
import { INDEX_SETTINGS } from '../src/index-settings.js'
import { startTestMeilisearch, type TestMeilisearch } from './_helpers.js'

describe('INDEX_SETTINGS', () => {
  it('derives attributes from the model', () => {
    expect(INDEX_SETTINGS.searchableAttributes).toEqual([...SEARCHABLE_ATTRIBUTES])
    expect(INDEX_SETTINGS.searchableAttributes.at(-1)).toBe('svTerms.actors')
    expect(INDEX_SETTINGS.sortableAttributes).toEqual([...SORTABLE_ATTRIBUTES])
    for (const facet of [...FACETS, ...NUMERIC_FILTERS]) {
      expect(INDEX_SETTINGS.filterableAttributes).toContain(facet)
    }
    expect(new Set(INDEX_SETTINGS.filterableAttributes).size).toBe(
      INDEX_SETTINGS.filterableAttributes.length,
    )
    expect(INDEX_SETTINGS.localizedAttributes).toEqual([
      { attributePatterns: ['*'], locales: ['swe'] },
    ])
    expect(INDEX_SETTINGS.faceting.maxValuesPerFacet).toBeGreaterThanOrEqual(1000)
    expect(INDEX_SETTINGS.pagination.maxTotalHits).toBe(100_000)
    expect(INDEX_SETTINGS.typoTolerance.disableOnNumbers).toBe(true)
    expect(INDEX_SETTINGS.typoTolerance.disableOnAttributes).toContain('svTerms.background')
    expect(INDEX_SETTINGS.typoTolerance.disableOnAttributes).not.toContain('background')
    // The project id is a project number: one digit off is another project.
    expect(INDEX_SETTINGS.searchableAttributes).toContain('id')
    expect(INDEX_SETTINGS.typoTolerance.disableOnAttributes).toContain('id')
  })

  it('keeps no synonyms of its own: the search API expands queries from the analyzer', () => {
    expect(INDEX_SETTINGS.synonyms).toEqual({})
  })
})

describe('applyIndexSettings', () => {
  let test: TestMeilisearch
  beforeAll(async () => {
    test = await startTestMeilisearch()
  })
  afterAll(async () => {
    await test?.dispose()
  })

  it('applies the settings, waits for the task, and reports no difference afterwards', async () => {
    await createIndex(test.meili, 'settings_test', { timeoutMs: 30_000 })
    expect(await indexSettingsDiffer(test.meili, 'settings_test')).toBe(true)
    const task = await applyIndexSettings(test.meili, 'settings_test')
    expect(task.status).toBe('succeeded')
    expect(task.type).toBe('settingsUpdate')
    expect(await indexSettingsDiffer(test.meili, 'settings_test')).toBe(false)
    const stored = await meiliRequest<Record<string, unknown>>(
      test.meili,
      'GET',
      '/indexes/settings_test/settings',
    )
    expect(stored.searchableAttributes).toEqual([...SEARCHABLE_ATTRIBUTES])
    expect(stored.localizedAttributes).toEqual([{ attributePatterns: ['*'], locales: ['swe'] }])
    expect(stored.pagination).toEqual({ maxTotalHits: 100_000 })
    expect(stored.faceting).toEqual({
      maxValuesPerFacet: 1000,
      sortFacetValuesBy: { '*': 'count', esfGrant: 'alpha', totalBudget: 'alpha' },
    })
  })

  it('notices a changed setting', async () => {
    await applyIndexSettings(test.meili, 'settings_test', {
      settings: { pagination: { maxTotalHits: 10 } },
    })
    expect(await indexSettingsDiffer(test.meili, 'settings_test')).toBe(true)
  })

  it('notices the synonym groups of an index built before there was one table', async () => {
    await applyIndexSettings(test.meili, 'settings_test')
    expect(await indexSettingsDiffer(test.meili, 'settings_test')).toBe(false)
    await applyIndexSettings(test.meili, 'settings_test', {
      settings: { synonyms: { AF: ['Arbetsförmedlingen'], Arbetsförmedlingen: ['AF'] } },
    })
    expect(await indexSettingsDiffer(test.meili, 'settings_test')).toBe(true)
  })

  it('fails with Meilisearch’s message for a setting it rejects', async () => {
    await expect(
      applyIndexSettings(test.meili, 'settings_test', {
        settings: { sortableAttributes: 'title' as unknown as string[] },
      }),
    ).rejects.toThrow(
      /PATCH \/indexes\/settings_test\/settings failed with 400 invalid_settings_sortable_attributes/,
    )
  })
})
