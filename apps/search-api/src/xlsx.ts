import { PassThrough, Readable } from 'node:stream'
import type { StatsResponse } from '@projektbank/model'
import ExcelJS from 'exceljs'
import { readingRows } from './reading-header.js'

/** Content type of an Excel workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A cell: text, a whole number, a calendar date, or empty. */
export type XlsxCell = string | number | Date | null

/** Whole kronor with digit grouping; Excel shows it in the reader's own locale. */
const AMOUNT_FORMAT = '#,##0'
const DATE_FORMAT = 'yyyy-mm-dd'

/** One column of a sheet: its header and the number format of its cells. */
export interface XlsxColumn {
  header: string
  /** `amount` and `date` columns get a number format; text and counts none. */
  kind: 'text' | 'count' | 'amount' | 'date'
  /** Width in characters. */
  width: number
}

function setUpSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly XlsxColumn[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width,
    style:
      column.kind === 'amount'
        ? { numFmt: AMOUNT_FORMAT }
        : column.kind === 'date'
          ? { numFmt: DATE_FORMAT }
          : {},
  }))
  sheet.getRow(1).font = { bold: true }
  return sheet
}

/**
 * A calendar date (`2014-04-01`) as a date cell: UTC midnight, which Excel shows as that day
 * whatever the reader's time zone. Anything else stays text.
 *
 * @example
 * dateCell('2014-04-01') // 2014-04-01T00:00:00.000Z
 */
export function dateCell(value: string | null): Date | string | null {
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const date = new Date(`${value}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? value : date
}

/** Name of the sheet that says how the query was read (see `readingRows`). */
export const QUERY_SHEET = 'Query'

/** The `Query` sheet: a label and a value per row, under a header row. */
function addQuerySheet(workbook: ExcelJS.Workbook, about: readonly (readonly [string, string])[]) {
  const sheet = setUpSheet(workbook, QUERY_SHEET, [
    { header: 'what', kind: 'text', width: 24 },
    { header: 'value', kind: 'text', width: 60 },
  ])
  // Text cells, so that a query starting with `=` is never read as a formula.
  for (const [label, value] of about) sheet.addRow([label, value]).commit()
  return sheet
}

/**
 * Streams a workbook: the header row, then the rows as they come, written and compressed a
 * row at a time so memory stays flat whatever the number of rows; then, when `about` is given,
 * a second sheet `Query` with its label/value rows (how the query was read).
 *
 * @example
 * xlsxStream('Projects', columns, rowsFromMeilisearch(), readingRows(q, reading)) // ReadableStream of the .xlsx bytes
 */
export function xlsxStream(
  sheetName: string,
  columns: readonly XlsxColumn[],
  rows: AsyncIterable<readonly XlsxCell[]>,
  about?: readonly (readonly [string, string])[],
): ReadableStream<Uint8Array> {
  const output = new PassThrough()
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true })
  const sheet = setUpSheet(workbook, sheetName, columns)
  const write = async () => {
    for await (const row of rows) sheet.addRow([...row]).commit()
    sheet.commit()
    if (about) addQuerySheet(workbook, about).commit()
    await workbook.commit()
  }
  write().catch((error: unknown) => output.destroy(error instanceof Error ? error : undefined))
  return Readable.toWeb(output) as ReadableStream<Uint8Array>
}

/**
 * The `/stats` groups as a workbook: one row per group, then a totals row that counts each
 * project once, and the `Query` sheet. Counts and sums are number cells.
 *
 * @example
 * await statsWorkbook(response) // the bytes of a .xlsx file with sheet "Stats by county"
 */
export async function statsWorkbook(response: StatsResponse): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = setUpSheet(workbook, `Stats by ${response.groupBy}`, [
    { header: response.groupBy, kind: 'text', width: 40 },
    { header: 'count', kind: 'count', width: 10 },
    { header: 'esfGrant', kind: 'amount', width: 18 },
    { header: 'totalBudget', kind: 'amount', width: 18 },
  ])
  for (const group of response.groups) {
    sheet.addRow([group.value ?? '(none)', group.count, group.esfGrant, group.totalBudget])
  }
  const { totals } = response
  const total = sheet.addRow([
    'total (each project once)',
    totals.count,
    totals.esfGrant,
    totals.totalBudget,
  ])
  total.font = { bold: true }
  addQuerySheet(workbook, readingRows(response.query, response.reading))
  const buffer = await workbook.xlsx.writeBuffer()
  return buffer as ArrayBuffer
}
