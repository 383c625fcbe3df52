import { z } from 'zod'
import { LayoutSchema, PROGRAMME_PERIOD_BY_LAYOUT } from './layout.js'
import { findMunicipalityByCode } from './municipalities.js'
import { programAreaLabel } from './program-areas.js'
import { type Project, ProjectSchema } from './project.js'

/**
 * Texts that get an analysed twin in `svTerms` (all user-searchable fields plus the extra
 * sections).
 */
export const SV_TERM_FIELDS = [
  'title',
  'summary',
  'background',
  'purpose',
  'goals',
  'accessibility',
  'genderEquality',
  'transnational',
  'otherSections',
  'owner',
  'partners',
  'actors',
] as const

/** A field with an analysed twin in `svTerms`. */
export type SvTermField = (typeof SV_TERM_FIELDS)[number]

/**
 * The document stored in Meilisearch for one project: flat, facet-friendly fields plus the
 * whole `Project` for `/projects/:id`. Facet attributes carry the facet's name, so a facet
 * name is also the attribute to filter on.
 *
 * @example
 * const doc = SearchDocumentSchema.parse(buildSearchDocument(project, { analyze }))
 */
export const SearchDocumentSchema = z.object({
  /** Same as `Project.id`; the Meilisearch primary key. */
  id: z.string(),
  title: z.string(),
  layout: LayoutSchema,
  /** `2007–2013`, `2014–2020` or `2021–2027`. */
  programmePeriod: z.string(),
  /** Facet label: period, code and name (`2007–2013: 2 Ökat arbetskraftsutbud`). */
  programArea: z.string().nullable(),
  phase: z.string().nullable(),
  owner: z.string().nullable(),
  region: z.string().nullable(),
  /** Counties of the listed municipalities (`Västerbottens län`). */
  county: z.array(z.string()),
  /** Municipality names, resolved to their official spelling when known. */
  municipality: z.array(z.string()),
  /** Four-digit codes of the known municipalities. */
  municipalityCode: z.array(z.string()),
  fund: z.string().nullable(),
  /** Years the project was active. */
  year: z.array(z.number().int()),
  /** Detected target groups (`unga`, `långtidsarbetslösa`, …). */
  targetGroup: z.array(z.string()),
  esfGrant: z.number().int().nullable(),
  totalBudget: z.number().int().nullable(),
  esfShare: z.number().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  /** Start date as Unix seconds (UTC midnight), for range filters and sorting. */
  startTimestamp: z.number().int().nullable(),
  /** End date as Unix seconds (UTC midnight). */
  endTimestamp: z.number().int().nullable(),
  summary: z.string().nullable(),
  background: z.string().nullable(),
  purpose: z.string().nullable(),
  goals: z.string().nullable(),
  accessibility: z.string().nullable(),
  genderEquality: z.string().nullable(),
  transnational: z.string().nullable(),
  /** Extra sections as `heading: text`. */
  otherSections: z.array(z.string()),
  partners: z.array(z.string()),
  actors: z.array(z.string()),
  /**
   * Hidden fields: Swedish lemmas and compound parts of each searchable text, from
   * `@projektbank/analyzer`, kept per field so that `fields=background` also restricts the
   * analysed query.
   */
  svTerms: z.object(
    Object.fromEntries(SV_TERM_FIELDS.map((field) => [field, z.string()])) as Record<
      SvTermField,
      z.ZodString
    >,
  ),
  /** SHA-256 of the source sheet, for incremental indexing. */
  contentHash: z.string(),
  /** The whole project, returned by `/projects/:id`; never searched. */
  project: ProjectSchema,
})

/** A Meilisearch document, see {@link SearchDocumentSchema}. */
export type SearchDocument = z.infer<typeof SearchDocumentSchema>

/**
 * Facets, in the order a search page shows them. Each is also the document attribute.
 *
 * @example
 * FACETS.includes('municipality') // true
 */
export const FACETS = [
  'region',
  'county',
  'municipality',
  'programArea',
  'phase',
  'owner',
  'layout',
  'fund',
  'year',
  'targetGroup',
] as const satisfies readonly (keyof SearchDocument)[]

/** A facet name. */
export type Facet = (typeof FACETS)[number]

/**
 * Texts a user can restrict a search to (`fields=background,goals`).
 *
 * @example
 * SEARCH_FIELDS[0] // 'title'
 */
export const SEARCH_FIELDS = [
  'title',
  'summary',
  'background',
  'purpose',
  'goals',
  'accessibility',
  'genderEquality',
  'transnational',
  'owner',
  'partners',
  'actors',
] as const satisfies readonly (keyof SearchDocument)[]

/** A searchable text field. */
export type SearchField = (typeof SEARCH_FIELDS)[number]

const RANKED_TEXT_ATTRIBUTES = [
  'title',
  'owner',
  'partners',
  'summary',
  'goals',
  'purpose',
  'background',
  'accessibility',
  'genderEquality',
  'transnational',
  'otherSections',
  'actors',
] as const satisfies readonly SvTermField[]

/**
 * Place facets that are also searched as text, after the texts: a place named in the
 * narrative is a stronger signal than one in the municipality list.
 */
export const PLACE_ATTRIBUTES = [
  'municipality',
  'county',
  'region',
] as const satisfies readonly (keyof SearchDocument)[]

/**
 * Codes searched as text, after the places: the project id, the project or case number as the
 * parser writes it (`2019-00150` for *2019/00150*, `22-044-s03`). No text of a sheet holds its
 * own number, and a user who pastes one from the project bank wants that project. The index
 * matches them without typos: one digit off is another project.
 *
 * @example
 * CODE_ATTRIBUTES // ['id']
 */
export const CODE_ATTRIBUTES = ['id'] as const satisfies readonly (keyof SearchDocument)[]

/**
 * Searchable attributes in ranking order: the title, then who runs the project (the owner and
 * its partners: an agency or a municipality named there is what the project is), then the
 * narrative, summary and goals first, then the places and the codes. The analysed twins
 * (`svTerms.*`) come last, in the same order; only the analysed query searches them. With the owner and partners right after
 * the title rather than after the narrative, on `pnpm eval:search` (2026-12-02):
 * names-and-places nDCG@10 0.948 → 0.984, overall nDCG@10 0.866 → 0.872, precision and
 * recall unchanged.
 *
 * @example
 * SEARCHABLE_ATTRIBUTES.at(-1) // 'svTerms.actors'
 */
export const SEARCHABLE_ATTRIBUTES = [
  ...RANKED_TEXT_ATTRIBUTES,
  ...PLACE_ATTRIBUTES,
  ...CODE_ATTRIBUTES,
  ...RANKED_TEXT_ATTRIBUTES.map((field) => `svTerms.${field}` as const),
]

/**
 * The searchable attributes a plain (unanalysed) query runs on: the texts plus the places,
 * so that `Kiruna` finds a project whose `Kommun` list names Kiruna, and the codes, so that
 * `2019/00150` finds project 2019-00150.
 *
 * @example
 * RAW_SEARCHABLE_ATTRIBUTES.includes('municipality') // true
 */
export const RAW_SEARCHABLE_ATTRIBUTES = [
  ...RANKED_TEXT_ATTRIBUTES,
  ...PLACE_ATTRIBUTES,
  ...CODE_ATTRIBUTES,
]

/**
 * The analysed twin of a searchable text field.
 *
 * @example
 * svTermsAttribute('background') // 'svTerms.background'
 */
export function svTermsAttribute(field: SvTermField): `svTerms.${SvTermField}` {
  return `svTerms.${field}`
}

/** Attributes usable in numeric range filters. */
export const NUMERIC_FILTERS = [
  'esfGrant',
  'totalBudget',
  'startTimestamp',
  'endTimestamp',
  'year',
] as const satisfies readonly (keyof SearchDocument)[]

/**
 * Amounts whose min and max over the matches a search returns (`facetStats`). Meilisearch
 * gives stats only for attributes asked for as facets; their value counts are not used.
 */
export const STATS_ATTRIBUTES = [
  'esfGrant',
  'totalBudget',
] as const satisfies readonly (keyof SearchDocument)[]

/** Attributes a result list can be sorted by. */
export const SORTABLE_ATTRIBUTES = [
  'esfGrant',
  'totalBudget',
  'startTimestamp',
  'endTimestamp',
  'title',
] as const satisfies readonly (keyof SearchDocument)[]

/**
 * Sort options offered to users, mapped to Meilisearch sort expressions.
 *
 * @example
 * SORT_OPTIONS['startDate:asc'] // ['startTimestamp:asc']
 */
export const SORT_OPTIONS = {
  relevance: [],
  'esfGrant:desc': ['esfGrant:desc'],
  'esfGrant:asc': ['esfGrant:asc'],
  'totalBudget:desc': ['totalBudget:desc'],
  'totalBudget:asc': ['totalBudget:asc'],
  'startDate:desc': ['startTimestamp:desc'],
  'startDate:asc': ['startTimestamp:asc'],
  'endDate:desc': ['endTimestamp:desc'],
  'endDate:asc': ['endTimestamp:asc'],
  'title:asc': ['title:asc'],
} as const satisfies Record<string, readonly string[]>

/** A user-facing sort option. */
export type SortOption = keyof typeof SORT_OPTIONS

function analyseFields(
  texts: Record<SvTermField, string | null>,
  analyze: (text: string) => string,
): Record<SvTermField, string> {
  const out = {} as Record<SvTermField, string>
  for (const field of SV_TERM_FIELDS) {
    const text = texts[field]
    out[field] = text ? analyze(text) : ''
  }
  return out
}

function toTimestamp(isoDate: string | null | undefined): number | null {
  if (!isoDate) return null
  const ms = Date.parse(`${isoDate}T00:00:00Z`)
  return Number.isNaN(ms) ? null : ms / 1000
}

/**
 * Builds the Meilisearch document for a project. The Swedish analysis comes from the caller
 * (the indexer passes `@projektbank/analyzer`), which keeps this package free of analysis.
 *
 * @example
 * const doc = buildSearchDocument(project, { analyze: (text) => analyzer.analyzeText(text).join(' ') })
 * doc.county // ['Västerbottens län', 'Norrbottens län']
 */
export function buildSearchDocument(
  project: Project,
  options: { analyze: (text: string) => string },
): SearchDocument {
  const period = PROGRAMME_PERIOD_BY_LAYOUT[project.layout]
  const counties = new Set<string>()
  const municipalityCodes: string[] = []
  for (const m of project.municipalities) {
    if (m.county) counties.add(m.county)
    if (m.code) municipalityCodes.push(m.code)
  }
  const sections = project.sections
  return {
    id: project.id,
    title: project.title ?? '',
    layout: project.layout,
    programmePeriod: period,
    programArea: project.programArea
      ? programAreaLabel(period, project.programArea.code, project.programArea.name)
      : null,
    phase: project.phase,
    owner: project.owner,
    region: project.region,
    county: [...counties],
    municipality: [
      ...new Set(
        project.municipalities.map(
          (m) => (m.code && findMunicipalityByCode(m.code)?.name) || m.name,
        ),
      ),
    ],
    municipalityCode: [...new Set(municipalityCodes)],
    // Sheets before ESF+ do not print a fund: they were all financed by the ESF itself.
    // ESF+ pages (D, and E, which prints no fields) name their fund or leave it unknown.
    fund: project.fund ?? (project.layout === 'D' || project.layout === 'E' ? null : 'ESF'),
    year: project.years,
    targetGroup: [...new Set(project.targetGroups.map((t) => t.group))],
    esfGrant: project.esfGrant,
    totalBudget: project.totalBudget,
    esfShare: project.esfShare,
    startDate: project.period?.start ?? null,
    endDate: project.period?.end ?? null,
    startTimestamp: toTimestamp(project.period?.start),
    endTimestamp: toTimestamp(project.period?.end),
    summary: sections.summary,
    background: sections.background,
    purpose: sections.purpose,
    goals: sections.goals,
    accessibility: sections.accessibility,
    genderEquality: sections.genderEquality,
    transnational: sections.transnational,
    otherSections: project.otherSections.map((s) => `${s.heading}: ${s.text}`),
    partners: project.partners,
    actors: project.actors,
    svTerms: analyseFields(
      {
        title: project.title ?? '',
        ...sections,
        otherSections: project.otherSections.map((s) => `${s.heading}\n${s.text}`).join('\n\n'),
        owner: project.owner ?? '',
        partners: project.partners.join('\n'),
        actors: project.actors.join('\n'),
      },
      options.analyze,
    ),
    contentHash: project.source.sha256,
    project,
  }
}
