import {
  type Facet,
  SECTION_HEADINGS,
  type SearchField,
  SearchQuerySchema,
  type SectionName,
  type SortOption,
} from '@projektbank/model'

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
   * The parameters `/search` knows. The page sends only these, so that what else its URL carries
   * (`utm_source`, `fbclid`, …) never turns a shared link into an "unknown parameter" error.
   */
  searchParams: string[]
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

const FIELD_LABELS: Record<SearchField, string> = {
  title: 'Projektnamn',
  summary: 'Sammanfattning',
  background: 'Bakgrund',
  purpose: 'Syfte',
  goals: 'Målsättning',
  accessibility: 'Tillgänglighet',
  genderEquality: 'Jämställdhet',
  transnational: 'Transnationellt samarbete',
  owner: 'Projektägare',
  partners: 'Samarbetspartners',
  actors: 'Deltagande aktörer',
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
  searchParams: Object.keys(SearchQuerySchema.shape),
}

/** A label record as a list, in the record's (declaration) order. */
function labelled<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))
}
