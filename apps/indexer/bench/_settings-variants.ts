import { FACETS, NUMERIC_FILTERS, SEARCHABLE_ATTRIBUTES } from '@projektbank/model'
import type { Settings } from 'meilisearch'
import { INDEX_SETTINGS } from '../src/index-settings.js'

/** One way to build the index, compared with the others on the same documents. */
export interface SettingsVariant {
  name: string
  /** What the variant changes and why it is measured. */
  why: string
  /** `plain` documents (id + raw texts) or the indexer's `full` ones, maybe reshaped. */
  documents: 'plain' | 'full'
  /** Reshapes each full document (dropping a field, merging twins). */
  reshape?: (doc: Record<string, unknown>) => Record<string, unknown>
  settings: Settings
  batchSize?: number
  maxPending?: number
}

const current: Settings = INDEX_SETTINGS

const withoutTwins = SEARCHABLE_ATTRIBUTES.filter((a) => !a.startsWith('svTerms.'))

/** Filterable attributes with only the features each one needs (Meilisearch ≥ 1.14). */
const granularFilterable = [
  {
    attributePatterns: FACETS.filter((f) => f !== 'year'),
    features: { facetSearch: true, filter: { equality: true, comparison: false } },
  },
  {
    attributePatterns: [...NUMERIC_FILTERS],
    features: { facetSearch: false, filter: { equality: true, comparison: true } },
  },
  {
    attributePatterns: ['municipalityCode', 'programmePeriod', 'id'],
    features: { facetSearch: false, filter: { equality: true, comparison: false } },
  },
]

/**
 * The variants the settings bench builds: plain Meilisearch (the floor), the settings of
 * `INDEX_SETTINGS`, and that with one thing changed at a time.
 */
export const SETTINGS_VARIANTS: readonly SettingsVariant[] = [
  {
    name: 'plain',
    why: 'plain Meilisearch: id + raw texts, default settings',
    documents: 'plain',
    settings: {},
  },
  { name: 'current', why: 'INDEX_SETTINGS as they are', documents: 'full', settings: current },
  {
    name: 'proximity-by-attribute',
    why: 'proximityPrecision: byAttribute',
    documents: 'full',
    settings: { ...current, proximityPrecision: 'byAttribute' },
  },
  {
    name: 'prefix-disabled',
    why: 'prefixSearch: disabled',
    documents: 'full',
    settings: { ...current, prefixSearch: 'disabled' },
  },
  {
    name: 'facet-search-off',
    why: 'facetSearch: false',
    documents: 'full',
    settings: { ...current, facetSearch: false },
  },
  {
    name: 'granular-filters',
    why: 'filterable features per attribute: facet search on text facets only, ranges on numbers only',
    documents: 'full',
    settings: { ...current, filterableAttributes: granularFilterable },
  },
  {
    name: 'no-locale',
    why: 'localizedAttributes: none',
    documents: 'full',
    settings: { ...current, localizedAttributes: [] },
  },
  {
    name: 'no-twins',
    why: 'the svTerms twins not searchable (their cost)',
    documents: 'full',
    settings: { ...current, searchableAttributes: withoutTwins },
  },
  {
    name: 'no-project-copy',
    why: 'documents without the nested `project` copy',
    documents: 'full',
    reshape: ({ project: _project, ...rest }) => rest,
    settings: current,
  },
  {
    name: 'batch-5000',
    why: '5000 documents per request instead of 1000',
    documents: 'full',
    settings: current,
    batchSize: 5000,
  },
]
