import {
  CODE_ATTRIBUTES,
  FACETS,
  NUMERIC_FILTERS,
  SEARCHABLE_ATTRIBUTES,
  type SearchDocument,
  SORTABLE_ATTRIBUTES,
  STATS_ATTRIBUTES,
  SV_TERM_FIELDS,
  svTermsAttribute,
} from '@projektbank/model'
import type { Settings } from 'meilisearch'

/**
 * How many hits one query can reach (Meilisearch's default is 1000). An export walks all
 * matching projects page by page, so this is above the size of the whole project bank.
 */
export const MAX_TOTAL_HITS = 100_000

/**
 * Facet values returned per facet (default 100): all 290 municipalities must fit, and the
 * most frequent owners. Values are sorted by count, so when owners do not all fit, the rarest
 * are the ones left out.
 */
export const MAX_VALUES_PER_FACET = 1000

/**
 * Facet values by count (the most frequent owners first), except the amounts: they are facets
 * only for their min/max, and to sort by count Meilisearch counts every distinct amount first
 * (about 4 ms per amount and search on 10 000 projects); in value order it stops after
 * {@link MAX_VALUES_PER_FACET}.
 */
const FACET_VALUE_ORDER: Record<string, 'count' | 'alpha'> = {
  '*': 'count',
  ...Object.fromEntries(STATS_ATTRIBUTES.map((attribute) => [attribute, 'alpha'])),
}

/**
 * Attributes used in filters beyond the facets and numeric ranges: `municipalityCode` for
 * links by official code, `programmePeriod` for the period switch, `id` to fetch a known set
 * of projects in one query.
 */
const EXTRA_FILTERS = [
  'municipalityCode',
  'programmePeriod',
  'id',
] as const satisfies readonly (keyof SearchDocument)[]

/**
 * Searchable fields that hold codes (the project id, i.e. the project number): a typo there
 * finds another project, not the one meant.
 */
const CODE_LIKE_SEARCHABLE: readonly string[] = CODE_ATTRIBUTES

/**
 * The settings of the projects index, all derived from `@projektbank/model`. They are applied
 * to a new index before any document is added (so documents are indexed once, with the right
 * settings), and compared with a live index before an incremental run.
 *
 * @example
 * INDEX_SETTINGS.localizedAttributes // [{ attributePatterns: ['*'], locales: ['swe'] }]
 */
export const INDEX_SETTINGS = {
  // Ranking order: a title match outweighs a goals match; the analysed twins come last.
  searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
  // Everything is retrievable; the API picks what each endpoint returns with
  // `attributesToRetrieve`, so adding a field to a response needs no re-index.
  displayedAttributes: ['*'],
  filterableAttributes: [...new Set<string>([...FACETS, ...NUMERIC_FILTERS, ...EXTRA_FILTERS])],
  sortableAttributes: [...SORTABLE_ATTRIBUTES],
  // `sort` first: a user who asks for the largest grants wants them in that order, not
  // relevance first with the sort as a tie-break. Without a sort parameter the rule is a no-op.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
  // Proximity counts whether query words share an attribute, not how many words apart they
  // are. Word-pair distances are what Meilisearch spends most of its indexing on: this halves
  // its CPU time and cuts the index by a quarter (`pnpm bench:settings`, docs/indexing-cost.md)
  // and leaves every kind of `pnpm eval:search` within 0.01 nDCG@10. Phrases (`"för unga"`)
  // are still matched word for word.
  proximityPrecision: 'byAttribute',
  // Without a locale Meilisearch may take a Swedish text for German or Finnish and fold
  // å/ä/ö into a/o: then `får` matches `far` and `här` matches `har`.
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['swe'] }],
  // None: the search API writes abbreviations and synonyms out at query time from
  // `@projektbank/analyzer`'s `QUERY_EXPANSIONS`, the one table. Set empty rather than left
  // out, so that an index built with the old groups differs and is rebuilt in full.
  synonyms: {},
  typoTolerance: {
    enabled: true,
    // Years, amounts and codes are exact: `2014` must not find `2015`.
    disableOnNumbers: true,
    // The analysed twins hold every lemma, so a typo there finds another word (`läkare` found
    // *lärare*). The search API corrects slips against the index's own words instead, and
    // the texts themselves keep Meilisearch's typo tolerance. On `pnpm eval:search`
    // (2026-12-03): precision@10 0.760 → 0.784, recall@10 0.777 → 0.770.
    disableOnAttributes: [...CODE_LIKE_SEARCHABLE, ...SV_TERM_FIELDS.map(svTermsAttribute)],
  },
  faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: FACET_VALUE_ORDER },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  // No stop words: the analysed twins already drop them, and in the plain fields they matter
  // for phrase search (`"för unga"`).
  stopWords: [],
} as const satisfies Settings

/** The index settings, typed as Meilisearch's `Settings`. */
export type IndexSettings = typeof INDEX_SETTINGS
