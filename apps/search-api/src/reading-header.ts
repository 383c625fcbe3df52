import type { QueryReading } from '@projektbank/model'

/**
 * Response header of a download (`/export`, `/stats?format=xlsx`) that says how `q` was read:
 * the reading of `/search` as JSON, percent-encoded so that å/ä/ö and quotes travel in a header
 * (headers are Latin-1 at best).
 */
export const READING_HEADER = 'x-query-reading'

/**
 * The value of {@link READING_HEADER} for a reading; `decodeURIComponent` and `JSON.parse`
 * give the reading back.
 *
 * @example
 * readingHeaderValue({ searched: 'för', rewrites: [] }) // '%7B%22searched%22%3A%22f%C3%B6r%22%2C%22rewrites%22%3A%5B%5D%7D'
 */
export function readingHeaderValue(reading: QueryReading): string {
  return encodeURIComponent(JSON.stringify(reading))
}

/** The label of the `Query` sheet's row that names a looser search's pieces. */
const LOOSER_LABEL = 'nothing matched it; projects matching any of'

/**
 * The reading as rows of a workbook's `Query` sheet, for a reader who opens the file without
 * the headers: the query as typed, as searched, and each rewritten term; when nothing matched
 * the query and the file holds what its looser search found, one row that says so and names
 * the pieces.
 *
 * @example
 * readingRows('orebro', { searched: 'örebro', rewrites: [] }) // [['query', 'orebro'], ['searched as', 'örebro']]
 * readingRows('rekryteringsproblem', looserReading).at(-1)
 * // ['nothing matched it; projects matching any of', 'rekrytering, problem']
 */
export function readingRows(query: string, reading: QueryReading): [string, string][] {
  const rows: [string, string][] = [
    ['query', query],
    ['searched as', reading.searched],
    ...reading.rewrites
      .filter((r) => r.source !== 'looser')
      .map((r): [string, string] => [
        `${r.kind} (${r.source})`,
        r.kind === 'dropped' ? r.term : `${r.term} → ${r.replacement}`,
      ]),
  ]
  // The pieces in one row: each alone was not searched instead of the query, any was.
  const pieces = reading.rewrites.filter((r) => r.source === 'looser').map((r) => r.replacement)
  if (pieces.length > 0) rows.push([LOOSER_LABEL, pieces.join(', ')])
  return rows
}
