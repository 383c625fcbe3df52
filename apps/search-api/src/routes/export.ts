import { createRoute, z } from '@hono/zod-openapi'
import { ExportQuerySchema } from '@projektbank/model'
import { createRouter, type RouteDeps, upstreamSignal } from '../_router.js'
import {
  CONTACT_ATTRIBUTE,
  CONTACT_EXPORT_COLUMNS,
  contactExportFields,
} from '../contact-policy.js'
import { csvRow, UTF8_BOM } from '../csv.js'
import { EXPORT_ATTRIBUTES, EXPORT_COLUMNS, exportCells, toExportRecord } from '../export-rows.js'
import { buildFilter } from '../filter.js'
import { problemResponses } from '../problems.js'
import { planSearch } from '../search-plan.js'
import { dateCell, XLSX_TYPE, type XlsxColumn, xlsxStream } from '../xlsx.js'

/** The export's columns in a workbook: amounts and dates as typed cells. */
const XLSX_COLUMNS: XlsxColumn[] = EXPORT_COLUMNS.map((header) => ({
  header,
  kind:
    header === 'esfGrant' || header === 'totalBudget'
      ? 'amount'
      : header === 'start' || header === 'end'
        ? 'date'
        : 'text',
  width: header === 'title' || header === 'owner' ? 40 : header === 'id' ? 20 : 16,
}))

const exportRoute = createRoute({
  method: 'get',
  path: '/export',
  summary: 'Download every matching project',
  description: `Same filters as \`/search\`. Streams all matches (paged through Meilisearch) as CSV (UTF-8 with BOM, RFC 4180, CRLF), NDJSON or an Excel workbook (sheet \`Projects\`, a header row, amounts as number cells and dates as date cells), up to the configured cap. Headers: \`X-Total-Hits\`, \`X-Export-Cap\`, \`X-Export-Capped\`. Columns: ${EXPORT_COLUMNS.join(', ')}, then the contact person's as the deployment publishes it (\`PUBLIC_CONTACT\`): none, \`contactName\` (the default), or \`contactName\`, \`contactEmail\`, \`contactPhone\`.`,
  request: { query: ExportQuerySchema },
  responses: {
    200: {
      description: 'The matching projects',
      content: {
        'text/csv': { schema: z.string() },
        'application/x-ndjson': { schema: z.string() },
        [XLSX_TYPE]: { schema: z.string().meta({ format: 'binary' }) },
      },
    },
    ...problemResponses(400, 414, 429, 503, 504),
  },
})

/**
 * `GET /export`.
 *
 * @example
 * await app.request('/export?region=Övre%20Norrland&format=csv&delimiter=%3B')
 */
export function exportRoutes(deps: RouteDeps) {
  return createRouter().openapi(exportRoute, async (c) => {
    const params = c.req.valid('query')
    const { exportCap, exportPageSize, publicContact } = deps.config
    const contactColumns = CONTACT_EXPORT_COLUMNS[publicContact]
    const retrieve =
      publicContact === 'none' ? EXPORT_ATTRIBUTES : [...EXPORT_ATTRIBUTES, CONTACT_ATTRIBUTE]
    const query = deps.analyzer.analyzeQuery(params.q ?? '', { verbatim: params.verbatim })
    const filter = buildFilter(params)
    const page = (offset: number) =>
      deps.search.federatedSearch(
        planSearch({
          indexUid: deps.search.indexUid,
          query,
          fields: params.fields,
          filter,
          sort: params.sort,
          limit: Math.min(exportPageSize, exportCap - offset),
          offset,
          facets: [],
          withStats: false,
          analysedWeight: deps.config.analysedWeight,
          retrieve,
        }),
        upstreamSignal(deps.config),
      )

    // The first page is fetched before answering, so an unreachable Meilisearch is a 503
    // problem rather than a broken download, and the headers can say whether the cap applies.
    const first = await page(0)
    const total = first.estimatedTotalHits
    const stamp = new Date().toISOString().slice(0, 10)
    const exportHeaders = {
      'x-total-hits': String(total),
      'x-export-cap': String(exportCap),
      'x-export-capped': String(total > exportCap),
      'cache-control': 'no-store',
    }
    if (params.format === 'xlsx') {
      async function* rows() {
        let hits = first.hits
        let sent = 0
        for (;;) {
          const taken = hits.slice(0, exportCap - sent)
          for (const doc of taken) {
            const contact = contactExportFields(doc, publicContact)
            yield [
              ...exportCells(toExportRecord(doc)).map((cell, i) =>
                XLSX_COLUMNS[i]?.kind === 'date' && typeof cell === 'string'
                  ? dateCell(cell)
                  : cell,
              ),
              ...contactColumns.map((column) => contact[column] ?? null),
            ]
          }
          sent += taken.length
          if (taken.length < Math.min(exportPageSize, exportCap) || sent >= exportCap) return
          hits = (await page(sent)).hits
        }
      }
      const columns = [
        ...XLSX_COLUMNS,
        ...contactColumns.map((header): XlsxColumn => ({ header, kind: 'text', width: 24 })),
      ]
      return new Response(xlsxStream('Projects', columns, rows()), {
        status: 200,
        headers: {
          'content-type': XLSX_TYPE,
          'content-disposition': `attachment; filename="projektbank-${stamp}.xlsx"`,
          ...exportHeaders,
        },
      })
    }
    const csv = params.format === 'csv'
    const encode = (doc: Record<string, unknown>) => {
      const record = toExportRecord(doc)
      const contact = contactExportFields(doc, publicContact)
      return csv
        ? csvRow(
            [...exportCells(record), ...contactColumns.map((column) => contact[column] ?? null)],
            params.delimiter,
          )
        : `${JSON.stringify({ ...record, ...contact })}\n`
    }
    const encoder = new TextEncoder()
    let pending: Record<string, unknown>[] | null = first.hits
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        if (csv)
          controller.enqueue(
            encoder.encode(
              UTF8_BOM + csvRow([...EXPORT_COLUMNS, ...contactColumns], params.delimiter),
            ),
          )
      },
      // One Meilisearch page per pull: memory stays at one page whatever the export's size.
      async pull(controller) {
        const hits = pending ?? (sent < exportCap ? (await page(sent)).hits : [])
        pending = null
        const rows = hits.slice(0, exportCap - sent)
        if (rows.length > 0) {
          controller.enqueue(encoder.encode(rows.map(encode).join('')))
          sent += rows.length
        }
        if (rows.length < Math.min(exportPageSize, exportCap) || sent >= exportCap)
          controller.close()
      },
    })
    const extension = csv ? 'csv' : 'ndjson'
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        'content-disposition': `attachment; filename="projektbank-${stamp}.${extension}"`,
        ...exportHeaders,
      },
    })
  })
}
