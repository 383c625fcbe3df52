import {
  COUNTIES,
  type Facet,
  LIST_HEADINGS,
  SECTION_HEADINGS,
  type SearchField,
  SearchQuerySchema,
  type SectionName,
  type SortOption,
} from '@projektbank/model'
import { MIN_COMPLETED_PREFIX } from '../query-reading/typed-word-at-end.js'

/**
 * What the search page needs to know about the API, with its Swedish labels. The names come
 * from `@projektbank/model`, so a facet, field or sort order added there fails to compile here
 * until it has a label; the page reads this as JSON and never spells an API name itself.
 *
 * @example
 * PAGE_CONFIG.facets[0] // { name: 'region', label: 'Region' }
 */
export interface PageConfig {
  /** Facet lists shown as checkboxes, in page order. */
  facets: { name: Facet; label: string }[]
  /** Choices of the "Sök i" selector; `''` searches every text. */
  fields: { value: SearchField | ''; label: string }[]
  /** Choices of the "Sortera" selector. */
  sorts: { value: SortOption; label: string }[]
  /** Captions of snippets, by searched field. */
  fieldLabels: Record<SearchField, string>
  /** Headings of the narrative sections in the project view. */
  sections: Record<SectionName, string>
  /** Results per page. */
  hitsPerPage: number
  /** Facet values shown before "Visa alla". */
  facetValuesShown: number
  /**
   * Fewest characters of the word being typed that `/completions` completes: the page does
   * not ask about a shorter one (`un`), nor after a space.
   */
  completedPrefixLetters: number
  /**
   * The parameters `/search` knows. The page sends only these, so that what else its URL carries
   * (`utm_source`, `fbclid`, …) never turns a shared link into an "unknown parameter" error.
   */
  searchParams: string[]
  /** What the statistics view can group by, with Swedish labels, in selector order. */
  statsGroups: { name: Facet; label: string }[]
  /** The 21 counties as tiles of a fixed grid, roughly where they lie (row 1 is the north). */
  countyTiles: { name: string; shortName: string; row: number; column: number }[]
}

const FACETS_SHOWN: PageConfig['facets'] = [
  { name: 'region', label: 'Region' },
  { name: 'county', label: 'Län' },
  { name: 'municipality', label: 'Kommun' },
  { name: 'programArea', label: 'Programområde' },
  { name: 'phase', label: 'Fas' },
  { name: 'year', label: 'År' },
  { name: 'targetGroup', label: 'Målgrupp' },
]

// The sheet's own headings, two of them shortened to fit the field selector.
const FIELD_LABELS: Record<SearchField, string> = {
  title: 'Projektnamn',
  ...SECTION_HEADINGS,
  accessibility: 'Tillgänglighet',
  genderEquality: 'Jämställdhet',
  owner: 'Projektägare',
  partners: LIST_HEADINGS.partners,
  actors: LIST_HEADINGS.actors,
}

const STATS_GROUP_LABELS: Record<Facet, string> = {
  county: 'Län',
  municipality: 'Kommun',
  region: 'Region',
  year: 'År',
  targetGroup: 'Målgrupp',
  programArea: 'Programområde',
  owner: 'Projektägare',
  phase: 'Fas',
  fund: 'Fond',
  layout: 'Sidlayout',
}

/**
 * Grid cells of the county tiles by official county code: a schematic of Sweden, four columns
 * wide, north at the top. Not a map; only the neighbourhoods are kept.
 */
const COUNTY_TILE_CELLS: Record<string, [row: number, column: number]> = {
  '25': [1, 3],
  '24': [2, 3],
  '23': [3, 2],
  '22': [3, 3],
  '20': [4, 2],
  '21': [4, 3],
  '17': [5, 1],
  '18': [5, 2],
  '19': [5, 3],
  '03': [5, 4],
  '14': [6, 1],
  '04': [6, 3],
  '01': [6, 4],
  '06': [7, 2],
  '05': [7, 3],
  '09': [7, 4],
  '13': [8, 1],
  '07': [8, 2],
  '08': [8, 3],
  '12': [9, 2],
  '10': [9, 3],
}

/** The selector offers the texts people ask about most; every field is still accepted in the URL. */
const FIELD_CHOICES: SearchField[] = ['background', 'goals', 'accessibility']

const SORT_LABELS: Record<SortOption, string> = {
  relevance: 'Relevans',
  'esfGrant:desc': 'Störst ESF-stöd',
  'esfGrant:asc': 'Minst ESF-stöd',
  'totalBudget:desc': 'Störst budget',
  'totalBudget:asc': 'Minst budget',
  'startDate:desc': 'Senast startade',
  'startDate:asc': 'Tidigast startade',
  'endDate:desc': 'Senast avslutade',
  'endDate:asc': 'Tidigast avslutade',
  'title:asc': 'Projektnamn A–Ö',
}

/**
 * The page's configuration; see {@link PageConfig}. The route embeds it in the page as JSON.
 *
 * @example
 * PAGE_CONFIG.sorts.find((s) => s.value === 'esfGrant:desc')?.label // 'Störst ESF-stöd'
 */
export const PAGE_CONFIG: PageConfig = {
  facets: FACETS_SHOWN,
  fields: [
    { value: '', label: 'Alla texter' },
    ...FIELD_CHOICES.map((value) => ({ value, label: FIELD_LABELS[value] })),
  ],
  sorts: labelled(SORT_LABELS),
  fieldLabels: FIELD_LABELS,
  sections: SECTION_HEADINGS,
  hitsPerPage: 10,
  facetValuesShown: 8,
  completedPrefixLetters: MIN_COMPLETED_PREFIX,
  searchParams: Object.keys(SearchQuerySchema.shape),
  statsGroups: labelled(STATS_GROUP_LABELS).map(({ value, label }) => ({ name: value, label })),
  countyTiles: COUNTIES.map((county) => {
    const [row, column] = COUNTY_TILE_CELLS[county.code] ?? [10, 1]
    return { name: county.name, shortName: county.shortName, row, column }
  }),
}

/** A label record as a list, in the record's (declaration) order. */
function labelled<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))
}
