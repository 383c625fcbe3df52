import { z } from 'zod'
import { checkRanges } from './_check-ranges.js'
import { decimalInt } from './_decimal-int.js'
import { once } from './_once.js'
import { LayoutSchema } from './layout.js'
import { FACETS, SEARCH_FIELDS, SORT_OPTIONS, type SortOption } from './search-document.js'

/** Longest accepted free-text query, in characters. */
export const MAX_QUERY_LENGTH = 512

/**
 * How deep `/search` pages can reach: a page must start within the first 1 000 results of a
 * search. Meilisearch ranks every result before the requested page, so a deeper page costs
 * time in proportion to its depth (on 50 000 projects, page 1 000 of 20 took 2.9 s); like most
 * search engines, the API answers beyond this depth with a 400 that says how to narrow the
 * search, and `/export` streams every match instead.
 *
 * @example
 * reachablePages(20) // 50
 */
export const MAX_REACHABLE_HITS = 1000

/**
 * The last page a search can reach with `hitsPerPage` hits per page.
 *
 * @example
 * reachablePages(30) // 34 (its last page holds results 991–1000)
 */
export function reachablePages(hitsPerPage: number): number {
  return Math.ceil(MAX_REACHABLE_HITS / hitsPerPage)
}

/** Most values accepted for one repeated filter parameter (`region=a&region=b…`). */
const MAX_VALUES_PER_FILTER = 50

/** Longest accepted facet value; the longest real owner name is far shorter. */
const MAX_FILTER_VALUE_LENGTH = 1000

const asArray = (value: unknown): unknown =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value]

/** A repeatable query parameter: `?region=a&region=b` is `['a', 'b']` (OR within a facet). */
function repeatable<T extends z.ZodType>(item: T, description: string) {
  return z
    .preprocess(asArray, z.array(item).min(1).max(MAX_VALUES_PER_FILTER))
    .optional()
    .describe(`${description} Repeat the parameter to match any of several values.`)
}

/** A comma-separated list of allowed names; unknown names fail validation. */
function commaList<const T extends readonly [string, ...string[]]>(
  allowed: T,
  description: string,
) {
  const list = z
    .string()
    .max(1000)
    .transform((value) => (value.trim() === '' ? [] : value.split(',').map((item) => item.trim())))
    .pipe(z.array(z.enum(allowed)))
  return once(list)
    .optional()
    .meta({ description: `${description} Allowed: ${allowed.join(', ')}.`, example: allowed[0] })
}

const facetValue = z.string().min(1).max(MAX_FILTER_VALUE_LENGTH)
const amount = once(decimalInt(0, Number.MAX_SAFE_INTEGER))

/**
 * Filter parameters shared by `/search`, `/export` and `/facets/:facet`. Facet parameters
 * carry the facet's name; different facets are combined with AND.
 */
export const FilterParamsShape = {
  q: once(z.string().max(MAX_QUERY_LENGTH)).optional().meta({
    description:
      'Free text. `"a phrase"` keeps words together, `-word` excludes documents with the word. Empty = browse all. The last word is also read as the beginning of a word still being typed (`exper` finds *tillgänglighetsexpert*), so a search box can search at each pause in typing.',
    example: 'långtidsarbetslösa unga',
  }),
  verbatim: z
    .enum(['true', 'false', '1', '0'])
    .transform((value) => value === 'true' || value === '1')
    .optional()
    .meta({
      description:
        'Search `q` exactly as typed: no restored å/ä/ö, no corrected or added terms. Default false.',
      example: 'true',
    }),
  fields: commaList(SEARCH_FIELDS, 'Texts to search (raw and analysed); default all.'),
  region: repeatable(facetValue, 'ESF region, e.g. `Övre Norrland`.'),
  county: repeatable(facetValue, 'County (län), e.g. `Västerbottens län`.'),
  municipality: repeatable(facetValue, 'Municipality, e.g. `Umeå`.'),
  programArea: repeatable(facetValue, 'Programme-area label as in the facet list.'),
  phase: repeatable(facetValue, 'Phase, e.g. `Genomförande`.'),
  owner: repeatable(facetValue, 'Project owner as printed.'),
  layout: repeatable(LayoutSchema, 'Page layout A–E.'),
  fund: repeatable(facetValue, 'Fund, e.g. `ESF` or `ESF+`.'),
  targetGroup: repeatable(facetValue, 'Detected target group, e.g. `unga`.'),
  year: repeatable(decimalInt(1990, 2100), 'Year the project was active.'),
  startFrom: once(z.iso.date()).optional().describe('Projects starting on or after this date.'),
  startTo: once(z.iso.date()).optional().describe('Projects starting on or before this date.'),
  grantMin: amount.optional().describe('Smallest ESF grant, kronor.'),
  grantMax: amount.optional().describe('Largest ESF grant, kronor.'),
  budgetMin: amount.optional().describe('Smallest total budget, kronor.'),
  budgetMax: amount.optional().describe('Largest total budget, kronor.'),
}

const SORT_KEYS = Object.keys(SORT_OPTIONS) as [SortOption, ...SortOption[]]
const sort = once(z.enum(SORT_KEYS)).default('relevance').describe('Sort order; default relevance.')

/** A page that starts beyond {@link MAX_REACHABLE_HITS}: say why, and how to get there instead. */
function checkDepth(
  value: { page: number; hitsPerPage: number },
  ctx: z.core.$RefinementCtx<{ page: number; hitsPerPage: number }>,
): void {
  const { page, hitsPerPage } = value
  if ((page - 1) * hitsPerPage < MAX_REACHABLE_HITS) return
  ctx.addIssue({
    code: 'custom',
    path: ['page'],
    message:
      `page ${page} of ${hitsPerPage} hits starts at result ${(page - 1) * hitsPerPage + 1}, but only the first ` +
      `${MAX_REACHABLE_HITS} results of a search can be paged to (the last page is ${reachablePages(hitsPerPage)}). ` +
      'Narrow the search with more words or filters (region, county, year, programArea, targetGroup, …), ' +
      'sort it (sort=startDate:desc, …), or download every match with /export',
  })
}

/**
 * Query of `GET /search`. Unknown parameters are rejected.
 *
 * @example
 * SearchQuerySchema.parse({ q: 'unga', region: 'Övre Norrland', page: '2' }).region // ['Övre Norrland']
 */
export const SearchQuerySchema = z
  .strictObject({
    ...FilterParamsShape,
    sort,
    page: once(decimalInt(1, MAX_REACHABLE_HITS))
      .default(1)
      .describe(
        `Page, from 1. A page must start within the first ${MAX_REACHABLE_HITS} results: page × hitsPerPage − hitsPerPage < ${MAX_REACHABLE_HITS} (50 pages of 20); deeper pages are a 400 problem. Use \`/export\` for every match.`,
      ),
    hitsPerPage: once(decimalInt(0, 100))
      .default(20)
      .describe(
        'Hits per page. `0` asks for counts only: no hits, just `totalHits`, `facets` and `facetStats` (the cheapest request, for filter panels).',
      ),
    facets: commaList(FACETS, 'Facet distributions to return; default all.'),
  })
  .superRefine(checkRanges)
  .superRefine(checkDepth)

/** A validated `/search` query, see {@link SearchQuerySchema}. */
export type SearchQuery = z.output<typeof SearchQuerySchema>

/**
 * Query of `GET /export`: the filters of `/search`, a format and, for CSV, a delimiter.
 *
 * @example
 * ExportQuerySchema.parse({ format: 'csv', delimiter: ';' }).delimiter // ';'
 */
export const ExportQuerySchema = z
  .strictObject({
    ...FilterParamsShape,
    sort,
    format: once(z.enum(['csv', 'ndjson', 'xlsx']))
      .default('csv')
      .describe(
        '`csv` (UTF-8 with BOM), `ndjson`, or `xlsx` (an Excel sheet with number and date cells).',
      ),
    delimiter: once(z.enum([',', ';']))
      .default(',')
      .describe('CSV delimiter; `;` suits Excel with Swedish settings.'),
  })
  .superRefine(checkRanges)

/** A validated `/export` query, see {@link ExportQuerySchema}. */
export type ExportQuery = z.output<typeof ExportQuerySchema>

/**
 * Query of `GET /facets/:facet`: `q` searches the facet's values; `query` is the main
 * free-text query (what `q` is for `/search`) whose matches the counts are over.
 *
 * @example
 * FacetQuerySchema.parse({ q: 'um' }).q // 'um'
 */
export const FacetQuerySchema = z
  .strictObject({
    ...FilterParamsShape,
    q: once(z.string().max(100)).optional().describe('Start of a facet value, e.g. `um` for Umeå.'),
    query: FilterParamsShape.q,
  })
  .superRefine(checkRanges)

/** A validated `/facets/:facet` query, see {@link FacetQuerySchema}. */
export type FacetQuery = z.output<typeof FacetQuerySchema>

const kronor = z.number().int().nullable()

/**
 * One search hit: the list view of a project plus highlighted snippets of the searched texts.
 *
 * @example
 * hit.snippets.accessibility // '… medverkan av <mark>tillgänglighetsexpert</mark> som …'
 */
export const SearchHitSchema = z.object({
  id: z.string(),
  title: z.string(),
  owner: z.string().nullable(),
  region: z.string().nullable(),
  programArea: z.string().nullable(),
  phase: z.string().nullable(),
  period: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
  esfGrant: kronor,
  totalBudget: kronor,
  municipalities: z.array(z.string()),
  targetGroups: z.array(z.string()),
  /** HTML-safe excerpts per searched field; matches wrapped in `<mark>`. */
  snippets: z.record(z.string(), z.string()),
})

/** A search hit, see {@link SearchHitSchema}. */
export type SearchHit = z.infer<typeof SearchHitSchema>

const range = z.object({ min: z.number(), max: z.number() })

/**
 * Where a rewritten query term got its new form: `diacritics` (å/ä/ö restored), `typo` (a
 * slip corrected), `completion` (the word still being typed, read as the word of the index it
 * is on its way to: `skolnärva` → *skolnärvaro*, `frågo` → *fråga* when every word it begins
 * is a form of *fråga*), `synonym` (an everyday word for the same thing, from the hand-kept table
 * or the lexicon), `abbreviation` (written out or shortened), `thesaurus` (a synonym from the
 * general Swedish thesaurus the analyser's table is derived from, kept where the relevance
 * set showed it helps), `index` (no project text has the word, nor anything the search could
 * read it as: it was left out, see `dropped`), `looser` (nothing matched the query as read, so
 * its pieces were searched each on its own, any one of them enough: a one-word compound's
 * parts, `rekrytering` and `problem` for `rekryteringsproblem`, or each word of several; one
 * rewrite per piece, `term` the query as read and `replacement` the piece, kind `replaced`).
 */
export const QUERY_REWRITE_SOURCES = [
  'diacritics',
  'typo',
  'completion',
  'synonym',
  'abbreviation',
  'thesaurus',
  'index',
  'looser',
] as const

/** One source of {@link QUERY_REWRITE_SOURCES}. */
export type QueryRewriteSource = (typeof QUERY_REWRITE_SOURCES)[number]

/**
 * One term of the query the search read differently from how it was typed.
 *
 * @example
 * const rewrite: QueryRewrite = { term: 'orebro', replacement: 'örebro', source: 'diacritics', kind: 'replaced' }
 */
export const QueryRewriteSchema = z.object({
  /** The term as typed (lower case). */
  term: z.string(),
  /** The form searched for it. */
  replacement: z.string(),
  source: z.enum(QUERY_REWRITE_SOURCES),
  /**
   * `replaced`: the replacement was searched instead of the term. `added`: both were searched,
   * matches of the term as typed first (`far` is a word of its own; *får* comes after it).
   * `dropped`: the term was left out (replacement `''`), because no project has it and the
   * other words find something (`job coaching` is searched as *coaching*).
   */
  kind: z.enum(['replaced', 'added', 'dropped']),
})

/** A rewritten query term, see {@link QueryRewriteSchema}. */
export type QueryRewrite = z.infer<typeof QueryRewriteSchema>

/**
 * How `q` was read: the query as searched and each term that was rewritten. With no rewrites,
 * `searched` is the query as typed (trimmed).
 *
 * @example
 * const reading: QueryReading = { searched: 'örebro', rewrites: [{ term: 'orebro', replacement: 'örebro', source: 'diacritics', kind: 'replaced' }] }
 */
export const QueryReadingSchema = z.object({
  searched: z.string(),
  rewrites: z.array(QueryRewriteSchema),
})

/** How a query was read, see {@link QueryReadingSchema}. */
export type QueryReading = z.infer<typeof QueryReadingSchema>

/**
 * Response of `GET /search`.
 *
 * @example
 * response.facets.region?.['Övre Norrland'] // 3
 */
export const SearchResponseSchema = z.object({
  query: z.string(),
  /** How `query` was read: what was searched, and which terms were rewritten. */
  reading: QueryReadingSchema,
  /**
   * When nothing matched: the closest query that does find something ("Menade du …?"), or
   * null.
   */
  suggestion: z.string().nullable(),
  page: z.number().int(),
  hitsPerPage: z.number().int(),
  /**
   * Number of matches. Exact while every match above the score floors fits within the ranked
   * pages (`page × hitsPerPage`); beyond them it may still count weak matches a floor leaves
   * out, so a deeper page can show a smaller `totalHits` and its last page fewer hits.
   * `/export` and `/stats` count exactly.
   */
  totalHits: z.number().int(),
  /**
   * Pages that can be reached: `ceil(totalHits / hitsPerPage)`, but never more than
   * {@link reachablePages}`(hitsPerPage)`.
   */
  totalPages: z.number().int(),
  processingTimeMs: z.number(),
  hits: z.array(SearchHitSchema),
  facets: z.partialRecord(z.enum(FACETS), z.record(z.string(), z.number().int())),
  facetStats: z.object({ esfGrant: range.optional(), totalBudget: range.optional() }),
})

/** A `/search` response, see {@link SearchResponseSchema}. */
export type SearchResponse = z.infer<typeof SearchResponseSchema>

/**
 * Response of `GET /facets/:facet`: matching values with their counts.
 *
 * @example
 * response.values[0] // { value: 'Umeå', count: 2 }
 */
export const FacetSearchResponseSchema = z.object({
  facet: z.enum(FACETS),
  q: z.string(),
  values: z.array(z.object({ value: z.string(), count: z.number().int() })),
  /**
   * With `query`: how it was read, as `/search` reads it; the counts are over the projects
   * that reading finds (its `looser` rewrites say when those are its pieces' projects).
   * Absent without `query`.
   */
  reading: QueryReadingSchema.optional(),
  processingTimeMs: z.number(),
})

/** A `/facets/:facet` response, see {@link FacetSearchResponseSchema}. */
export type FacetSearchResponse = z.infer<typeof FacetSearchResponseSchema>
