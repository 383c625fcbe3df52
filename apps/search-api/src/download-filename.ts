import { FACETS, type Facet, type QueryReading } from '@projektbank/model'
import type { FilterParams } from './filter.js'

/** Longest slug of the query and filters in a file name, in characters. */
export const MAX_SLUG_LENGTH = 60

/** The slug of a download with neither a query nor a filter: every project. */
export const EVERYTHING_SLUG = 'alla'

/** Letters that Unicode does not decompose into a base letter and a mark. */
const OTHER_LETTERS: Readonly<Record<string, string>> = {
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  ð: 'd',
  þ: 'th',
  đ: 'd',
  ł: 'l',
  ı: 'i',
}

/** The string facets, in the model's order (year is numeric and comes after them). */
const STRING_FACETS = FACETS.filter((facet): facet is Exclude<Facet, 'year'> => facet !== 'year')

/**
 * A piece of a file name: lower-case ASCII letters and digits between single hyphens. å, ä
 * and ö lose their marks (`Örebro` → `orebro`), as do other Latin letters; everything else
 * (spaces, quotes, slashes, dots) separates words.
 *
 * @example
 * slugify('Övre Norrland') // 'ovre-norrland'
 * slugify('"för unga" ../etc') // 'for-unga-etc'
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\P{ASCII}/gu, (letter) => OTHER_LETTERS[letter] ?? '-')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
}

/** `from-to` of a range, `fran-x` or `till-y` when one end is open; `undefined` when both are. */
function range(label: string, from: unknown, to: unknown): string | undefined {
  if (from === undefined && to === undefined) return undefined
  if (to === undefined) return `${label} fran ${from}`
  if (from === undefined) return `${label} till ${to}`
  return `${label} ${from} ${to}`
}

/**
 * What a download holds, as a slug: the query (an excluded word as `utan-…`), then the filter
 * values in the model's facet order, then the ranges (`bidrag-`, `budget-`, `start-`); at
 * most {@link MAX_SLUG_LENGTH} characters, cut between words. {@link EVERYTHING_SLUG} when
 * there is neither a query nor a filter.
 *
 * @example
 * downloadSlug({ q: 'unga', municipality: ['Örebro'] }) // 'unga-orebro'
 * downloadSlug({ q: 'unga -covid' }) // 'unga-utan-covid'
 * downloadSlug({}) // 'alla'
 */
export function downloadSlug(params: FilterParams & { q?: string | undefined }): string {
  const query = (params.q ?? '')
    .trim()
    .split(/\s+/u)
    .map((word) => (word.length > 1 && word.startsWith('-') ? `utan ${word.slice(1)}` : word))
  const parts = [
    ...query,
    ...STRING_FACETS.flatMap((facet) => params[facet] ?? []),
    ...(params.year ?? []).map(String),
    range('bidrag', params.grantMin, params.grantMax),
    range('budget', params.budgetMin, params.budgetMax),
    range('start', params.startFrom, params.startTo),
  ]
  const slug = slugify(parts.filter((part) => part !== undefined).join(' '))
  if (slug === '') return EVERYTHING_SLUG
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1)
  // Between words when a hyphen falls inside the cap; a single long word is cut short.
  const lastHyphen = cut.lastIndexOf('-')
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_SLUG_LENGTH)
}

/** A query's exclusions as typed: `-word` and `-"a phrase"`. */
const EXCLUSION = /(?<=^|\s)-(?:"[^"]*"|[^\s"]\S*)/gu

/**
 * The query a download is named after: `q` as typed, or, when the download holds what the
 * query's looser search found (`looser` rewrites in `reading`), its pieces joined by `eller`
 * with the query's exclusions kept, so that a saved file never bears the name of a query that
 * found nothing.
 *
 * @example
 * namedQuery('rekryteringsproblem -covid', looserReading) // 'rekrytering eller problem -covid'
 * namedQuery('unga', { searched: 'unga', rewrites: [] }) // 'unga'
 */
export function namedQuery(q: string | undefined, reading: QueryReading): string | undefined {
  const pieces = reading.rewrites
    .filter((rewrite) => rewrite.source === 'looser')
    .map((rewrite) => rewrite.replacement)
  if (pieces.length === 0) return q
  return [pieces.join(' eller '), ...((q ?? '').match(EXCLUSION) ?? [])].join(' ')
}

/**
 * The name of a download: `projektbank-<kind->?<slug>-<date>.<extension>`, the date in UTC,
 * ASCII only, so that three exports of three searches get three names. With the `reading` of
 * the query, a download of its looser search is named after the pieces (see
 * {@link namedQuery}).
 *
 * @example
 * downloadFilename({ params: { q: 'Örebro' }, extension: 'csv', date: new Date('2026-12-03') })
 * // 'projektbank-orebro-2026-12-03.csv'
 * downloadFilename({ kind: 'stats-county', params: {}, extension: 'xlsx', date: new Date('2026-12-03') })
 * // 'projektbank-stats-county-alla-2026-12-03.xlsx'
 */
export function downloadFilename(options: {
  kind?: string
  params: FilterParams & { q?: string | undefined }
  reading?: QueryReading
  extension: string
  date?: Date
}): string {
  const { kind, params, reading, extension, date = new Date() } = options
  const stamp = date.toISOString().slice(0, 10)
  const prefix = kind === undefined ? 'projektbank' : `projektbank-${slugify(kind)}`
  const named = reading ? { ...params, q: namedQuery(params.q, reading) } : params
  return `${prefix}-${downloadSlug(named)}-${stamp}.${slugify(extension)}`
}

/**
 * A `Content-Disposition` that saves the response as `filename`. The names of
 * {@link downloadFilename} are ASCII letters, digits, hyphens and dots, so the quoted
 * `filename` is the whole story: no `filename*` is needed.
 *
 * @example
 * attachment('projektbank-alla-2026-12-03.csv') // 'attachment; filename="projektbank-alla-2026-12-03.csv"'
 */
export function attachment(filename: string): string {
  if (!/^[\w.-]+$/u.test(filename)) {
    throw new TypeError(`not a plain ASCII file name: ${JSON.stringify(filename)}`)
  }
  return `attachment; filename="${filename}"`
}
