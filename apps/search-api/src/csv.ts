/** A CSV delimiter the export offers. */
export type CsvDelimiter = ',' | ';'

/** UTF-8 byte-order mark: Excel reads the file as UTF-8 only when it starts with one. */
export const UTF8_BOM = '\uFEFF'

/** Cells starting with these would be read as formulas by spreadsheet programs. */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV cell per RFC 4180: quoted when it holds the delimiter, a quote or a line break
 * (quotes doubled). Text that a spreadsheet would run as a formula gets a leading `'`.
 *
 * @example
 * csvCell('Hej "du"; där', ';') // '"Hej ""du""; där"'
 */
export function csvCell(value: string | number | null, delimiter: CsvDelimiter): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * One CSV record, terminated by CRLF as RFC 4180 asks.
 *
 * @example
 * csvRow(['a', 1, null], ',') // 'a,1,\r\n'
 */
export function csvRow(
  values: readonly (string | number | null)[],
  delimiter: CsvDelimiter,
): string {
  return `${values.map((v) => csvCell(v, delimiter)).join(delimiter)}\r\n`
}
