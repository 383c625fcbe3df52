import { createRoute } from '@hono/zod-openapi'
import { StatsQuerySchema, StatsResponseSchema } from '@projektbank/model'
import { readMatchesAsShown } from '../_filtered-documents.js'
import { createRouter, heavySignal, type RouteDeps } from '../_router.js'
import { aggregateStats } from '../aggregate-stats.js'
import { attachment, downloadFilename } from '../download-filename.js'
import { buildFilter } from '../filter.js'
import { ProblemError, problemResponses } from '../problems.js'
import { READING_HEADER, readingHeaderValue } from '../reading-header.js'
import type { StatsTable } from '../stats-table.js'
import { statsWorkbook, XLSX_TYPE } from '../xlsx.js'

/**
 * Most matching ids one `/stats` asks Meilisearch for. Meilisearch caps it further at the
 * index's `pagination.maxTotalHits`; a capped answer is detected and refused, never summed.
 */
const MATCH_LIMIT = 10_000_000

const statsRoute = createRoute({
  method: 'get',
  path: '/stats',
  summary: 'Projects, ESF grants and budgets grouped by a facet',
  description:
    'Same filters as `/search`, and the same projects: when `q` as read finds nothing and no respelling does, those of its looser search, as `/search` shows them (`looser` rewrites in `reading`; never with `verbatim=true`). Counts the matching projects and sums their ESF grants and total budgets (exact SEK; a project without an amount adds nothing), per value of `groupBy`. A project with several values of the facet (three municipalities, two years) is counted once in each of its groups, so the sums of the groups can exceed `totals`, which counts every project once. Projects without any value of the facet form the group `value: null`. `format=xlsx` returns the groups as an Excel sheet.',
  request: { query: StatsQuerySchema },
  responses: {
    200: {
      // The workbook is described here rather than as a second content type, which would make
      // the typed client's `res.json()` a union with a string.
      description: `The groups and the totals; with \`format=xlsx\`, a workbook (\`${XLSX_TYPE}\`) with one row per group and a totals row`,
      content: { 'application/json': { schema: StatsResponseSchema } },
    },
    ...problemResponses(400, 414, 503, 504),
  },
})

/**
 * `GET /stats`. The sums come from the statistics table in memory (see `stats-source.ts`);
 * Meilisearch answers only which projects match, or for the unfiltered corpus only how many
 * there are, so the unfiltered statistics cost one count and one pass over the table.
 *
 * @example
 * await app.request('/stats?groupBy=county&region=%C3%96vre%20Norrland')
 */
export function statsRoutes(deps: RouteDeps) {
  return createRouter().openapi(statsRoute, async (c) => {
    const params = c.req.valid('query')
    // Read and searched as `/search` and `/export` do, so that the three count the same projects.
    const query = deps.analyzer.analyzeQuery(params.q ?? '', { verbatim: params.verbatim })
    const filter = buildFilter(params)
    const everything = query.raw === '' && filter === ''
    const signal = heavySignal(deps.config)
    // Filters alone rank nothing: their ids come from the documents endpoint (when the key may
    // read documents), a query's from a search; the unfiltered corpus is only counted.
    // The projects `/search` shows for the query: when the query as read finds nothing, its
    // looser search's, and `reading` says so.
    const { found: matches, reading } = await readMatchesAsShown(
      deps,
      query,
      { q: params.q ?? '', verbatim: params.verbatim, filter },
      {
        fields: params.fields,
        sort: 'relevance',
        limit: everything ? 0 : MATCH_LIMIT,
        retrieve: ['id'],
      },
      signal,
    )
    const ids = matches.hits.map((hit) => String(hit.id))
    if (!everything && ids.length < matches.estimatedTotalHits) {
      throw new ProblemError(
        'stats-incomplete',
        `${matches.estimatedTotalHits} projects match but Meilisearch returns at most ${ids.length}; narrow the search`,
      )
    }
    const fits = everything
      ? (table: StatsTable) => table.size === matches.estimatedTotalHits
      : (table: StatsTable) => ids.every((id) => table.rowOf.has(id))
    const table = await deps.stats.table(fits)
    if (!fits(table)) {
      throw new ProblemError(
        'stats-incomplete',
        'The index changed while the statistics were read; try again',
        { retryAfterSeconds: deps.config.retryAfterSeconds },
      )
    }
    const rows = everything ? null : ids.map((id) => table.rowOf.get(id) ?? 0)
    const { groups, totals } = aggregateStats(table, rows, params.groupBy, params.sort)
    const response = {
      query: params.q ?? '',
      reading,
      totalHits: totals.count,
      groupBy: params.groupBy,
      groups,
      totals,
    }
    if (params.format === 'xlsx') {
      const filename = downloadFilename({
        kind: `stats-${params.groupBy}`,
        params,
        reading,
        extension: 'xlsx',
      })
      // The typed route describes the JSON answer only (see the 200 description); the workbook
      // is the same answer in another representation, so it leaves the handler untyped.
      const workbook: unknown = new Response(await statsWorkbook(response), {
        status: 200,
        headers: {
          'content-type': XLSX_TYPE,
          'content-disposition': attachment(filename),
          'cache-control': 'no-store',
          [READING_HEADER]: readingHeaderValue(response.reading),
        },
      })
      return workbook as never
    }
    return c.json(response, 200)
  })
}
