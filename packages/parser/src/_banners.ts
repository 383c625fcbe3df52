import { cleanValue } from './_lines.js'

/** The kinds of site chrome that precede a sheet's title. */
export type BannerKind =
  | 'close'
  | 'logo'
  | 'covid'
  | 'webinar'
  | 'maintenance'
  | 'cookies'
  | 'language'

/** A line recognised as site chrome; `fragment` when it is only the start of one. */
export interface BannerMatch {
  readonly kind: BannerKind
  readonly fragment: boolean
}

const EXACT = new Map<string, BannerKind>([
  ['Logotyp på utskrifter', 'logo'],
  ['Information med anledning av covid-19', 'covid'],
  ['Uppdaterad information med anledning av covid-19', 'covid'],
  ['Stäng', 'close'],
  ['Mer information och anmälan.', 'webinar'],
  ['Cookies', 'cookies'],
  ['Lär dig mer', 'cookies'],
  ['In English', 'language'],
])

/** Banners whose text varies (dates, counters); matched by their fixed start. */
const PATTERNS: readonly (readonly [RegExp, BannerKind])[] = [
  [/^\d{1,2} \p{L}+ - Webbinari/u, 'webinar'],
  [/^EBS2020 har driftstopp/, 'maintenance'],
  [/^Driftstopp pga servicearbete/, 'maintenance'],
  // `information (1)` on C pages, `Information (1)` on D pages: the counter of a notice box.
  [/^information \(\d+\)$/i, 'cookies'],
  [/^Den här hemsidan använder cookies/, 'cookies'],
]

/**
 * Banner lines that are long enough to be cut by a careless copy; a cut one (`Lär` of
 * `Lär dig mer`) is a fragment.
 */
const FRAGMENT_SOURCES: readonly (readonly [string, BannerKind])[] = [
  ['Lär dig mer', 'cookies'],
  ['Logotyp på utskrifter', 'logo'],
  ['Information med anledning av covid-19', 'covid'],
  ['Uppdaterad information med anledning av covid-19', 'covid'],
  ['Mer information och anmälan.', 'webinar'],
]

/**
 * Recognises a line of site chrome: the print logo, covid, webinar and outage notices, the
 * cookie preamble and `In English`. A line of three or more characters that is the start of a
 * known banner counts as a fragment of it.
 *
 * @example
 * matchBanner('Logotyp på utskrifter') // { kind: 'logo', fragment: false }
 * matchBanner('Lär') // { kind: 'cookies', fragment: true }
 * matchBanner('Bakgrund') // null
 */
export function matchBanner(line: string): BannerMatch | null {
  const text = cleanValue(line)
  const exact = EXACT.get(text)
  if (exact !== undefined) return { kind: exact, fragment: false }
  for (const [pattern, kind] of PATTERNS) {
    if (pattern.test(text)) return { kind, fragment: false }
  }
  if (text.length >= 3) {
    for (const [source, kind] of FRAGMENT_SOURCES) {
      if (source.startsWith(text)) return { kind, fragment: true }
    }
  }
  return null
}
