import { createRoute, z } from '@hono/zod-openapi'
import { ExportQuerySchema } from '@projektbank/model'
import { readMatchesAsShown } from '../_filtered-documents.js'
import { createRouter, heavySignal, type RouteDeps } from '../_router.js'
import {
  CONTACT_ATTRIBUTE,
  CONTACT_EXPORT_COLUMNS,
  contactExportFields,
} from '../contact-policy.js'
import { csvRow, UTF8_BOM } from '../csv.js'
import { attachment, downloadFilename } from '../download-filename.js'
import { EXPORT_ATTRIBUTES, EXPORT_COLUMNS, exportCells, toExportRecord } from '../export-rows.js'
import { buildFilter } from '../filter.js'
import { problemResponses } from '../problems.js'
import { READING_HEADER, readingHeaderValue, readingRows } from '../reading-header.js'
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
  description: `Same filters as \`/search\`. Streams all matches (read from Meilisearch in one request, so a large export costs one pass over its rows) as CSV (UTF-8 with BOM, RFC 4180, CRLF), NDJSON or an Excel workbook (sheet \`Projects\`, a header row, amounts as number cells and dates as date cells), up to the configured cap. Headers: \`Content-Disposition\` names the file after the query and filters (\`projektbank-orebro-2026-12-03.csv\`; ASCII, \`alla\` for neither; a looser search's file after its pieces, \`projektbank-rekrytering-eller-problem-…\`), \`X-Total-Hits\`, \`X-Export-Cap\`, \`X-Export-Capped\`, and \`X-Query-Reading\`: how \`q\` was read (the \`reading\` of \`/search\`), as percent-encoded JSON; the workbook has it in a second sheet, \`Query\`. The rows are the projects \`/search\` shows: when \`q\` as read finds nothing and no respelling does, those of its looser search (its pieces, any one enough; \`looser\` rewrites in the reading), never with \`verbatim=true\`. Columns: ${EXPORT_COLUMNS.join(', ')}, then the contact person's as the deployment publishes it (\`PUBLIC_CONTACT\`): none, \`contactName\` (the default), or \`contactName\`, \`contactEmail\`, \`contactPhone\`.`,
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
    // One Meilisearch request for the whole export, streamed out in chunks. A federated search
    // reads every document up to offset + limit, so paging with growing offsets read each row
    // again for every later page: a 10 000-row export in pages of 250 read 205 000 documents
    // (23 s on 50 000 projects). One request reads each row once and ranks once, so the rows
    // and their order are exactly those of the pages, at a twentieth of the work
    // (docs/exports-and-deep-pages.md). With no query there is nothing to rank: the documents
    // endpoint reads the rows in stored order (a placeholder search's order too) or sorted.
    // Memory: the cap's rows, about 0.5 kB each. It is fetched before answering, so an
    // unreachable Meilisearch is a 503 problem rather than a broken download, and the headers
    // can say whether the cap applies.
    const signal = heavySignal(deps.config)
    // The projects `/search` shows for the query: when the query as read finds nothing, its
    // looser search's, and the reading header says so.
    const { found: result, reading } = await readMatchesAsShown(
      deps,
      query,
      { q: params.q ?? '', verbatim: params.verbatim, filter },
      { fields: params.fields, sort: params.sort, limit: exportCap, retrieve },
      signal,
    )
    const total = result.estimatedTotalHits
    const rows = result.hits.slice(0, exportCap)
    const filename = (extension: string) => downloadFilename({ params, reading, extension })
    const exportHeaders = {
      'x-total-hits': String(total),
      'x-export-cap': String(exportCap),
      'x-export-capped': String(total > exportCap),
      [READING_HEADER]: readingHeaderValue(reading),
      'cache-control': 'no-store',
    }
    if (params.format === 'xlsx') {
      async function* xlsxRows() {
        for (const doc of rows) {
          const contact = contactExportFields(doc, publicContact)
          yield [
            ...exportCells(toExportRecord(doc)).map((cell, i) =>
              XLSX_COLUMNS[i]?.kind === 'date' && typeof cell === 'string' ? dateCell(cell) : cell,
            ),
            ...contactColumns.map((column) => contact[column] ?? null),
          ]
        }
      }
      const columns = [
        ...XLSX_COLUMNS,
        ...contactColumns.map((header): XlsxColumn => ({ header, kind: 'text', width: 24 })),
      ]
      const about = readingRows(params.q ?? '', reading)
      return new Response(xlsxStream('Projects', columns, xlsxRows(), about), {
        status: 200,
        headers: {
          'content-type': XLSX_TYPE,
          'content-disposition': attachment(filename('xlsx')),
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
      // One chunk of rows per pull: a slow client holds encoded bytes for one chunk only.
      pull(controller) {
        const chunk = rows.slice(sent, sent + exportPageSize)
        if (chunk.length > 0) controller.enqueue(encoder.encode(chunk.map(encode).join('')))
        sent += chunk.length
        if (sent >= rows.length) controller.close()
      },
    })
    const extension = csv ? 'csv' : 'ndjson'
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        'content-disposition': attachment(filename(extension)),
        ...exportHeaders,
      },
    })
  })
}
