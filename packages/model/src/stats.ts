import { z } from 'zod'
import { checkRanges } from './_check-ranges.js'
import { once } from './_once.js'
import { FACETS } from './search-document.js'
import { FilterParamsShape, QueryReadingSchema } from './search-query.js'

/**
 * What `/stats` can group by: every facet. A project with several values of a facet (three
 * municipalities, two years) is counted once in each of its groups.
 *
 * @example
 * STATS_GROUP_BY.includes('county') // true
 */
export const STATS_GROUP_BY = FACETS

/**
 * Orders of the `/stats` groups: by ESF grant (largest first, the default), by project count
 * (largest first), or by value (Swedish alphabetical order; years in order).
 *
 * @example
 * STATS_SORTS[0] // 'esfGrant'
 */
export const STATS_SORTS = ['esfGrant', 'count', 'value'] as const

/** An order of the `/stats` groups, see {@link STATS_SORTS}. */
export type StatsSort = (typeof STATS_SORTS)[number]

/**
 * Query of `GET /stats`: the filters of `/search`, the facet to group by, the order of the
 * groups, and the format (`json`, or `xlsx` for a spreadsheet of the groups).
 *
 * @example
 * StatsQuerySchema.parse({ groupBy: 'county', region: 'Övre Norrland' }).sort // 'esfGrant'
 */
export const StatsQuerySchema = z
  .strictObject({
    ...FilterParamsShape,
    groupBy: once(z.enum(STATS_GROUP_BY)).meta({
      description: `Facet to group the matching projects by. Allowed: ${STATS_GROUP_BY.join(', ')}.`,
      example: 'county',
    }),
    sort: once(z.enum(STATS_SORTS))
      .default('esfGrant')
      .describe(
        'Order of the groups: `esfGrant` (largest first, default), `count` (largest first) or `value` (alphabetical, years ascending).',
      ),
    format: once(z.enum(['json', 'xlsx']))
      .default('json')
      .describe('`json`, or `xlsx`: the groups as an Excel sheet with number cells.'),
  })
  .superRefine(checkRanges)

/** A validated `/stats` query, see {@link StatsQuerySchema}. */
export type StatsQuery = z.output<typeof StatsQuerySchema>

const sek = z.number().int().min(0)

/**
 * The sums of one group of projects, or of all matching projects. Amounts are exact sums in
 * whole kronor of the amounts the sheets state; a project without an amount adds nothing.
 *
 * @example
 * const totals: StatsSums = { count: 3, esfGrant: 1552091, totalBudget: 3104182 }
 */
export const StatsSumsSchema = z.object({
  /** Projects. */
  count: z.number().int().min(0),
  /** Sum of the ESF grants, SEK. */
  esfGrant: sek,
  /** Sum of the total budgets, SEK. */
  totalBudget: sek,
})

/** Sums of a group, see {@link StatsSumsSchema}. */
export type StatsSums = z.infer<typeof StatsSumsSchema>

/**
 * One group of `/stats`: a facet value and the sums of the projects that have it. `value` is
 * `null` for the projects without any value of the facet (no county listed, say).
 *
 * @example
 * const group: StatsGroup = { value: 'Västerbottens län', count: 3, esfGrant: 1552091, totalBudget: 3104182 }
 */
export const StatsGroupSchema = StatsSumsSchema.extend({
  value: z.string().nullable(),
})

/** A group of `/stats`, see {@link StatsGroupSchema}. */
export type StatsGroup = z.infer<typeof StatsGroupSchema>

/**
 * Response of `GET /stats`. `totals` counts every matching project once; a project with
 * several values of the facet is in several groups, so the groups' sums can exceed the totals.
 *
 * @example
 * response.groups[0] // { value: 'Örebro län', count: 1, esfGrant: 3806584, totalBudget: … }
 */
export const StatsResponseSchema = z.object({
  query: z.string(),
  /**
   * How `query` was read, as `/search` reads it (restored å/ä/ö, corrections, readings added,
   * words dropped): the statistics count the projects that reading finds. When the query as
   * read finds nothing, `/search` shows its pieces' projects, any one enough, and so do the
   * statistics: `looser` rewrites, one per piece, say so.
   */
  reading: QueryReadingSchema,
  totalHits: z.number().int().min(0),
  groupBy: z.enum(STATS_GROUP_BY),
  groups: z.array(StatsGroupSchema),
  totals: StatsSumsSchema,
})

/** A `/stats` response, see {@link StatsResponseSchema}. */
export type StatsResponse = z.infer<typeof StatsResponseSchema>
