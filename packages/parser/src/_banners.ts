import { infoOf, LOWER_MASK, SPACE } from './_characters.js'
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

/**
 * Banners whose text varies (dates, counters); matched by their fixed start. `start` is what
 * a line must start with, lower-cased, before the pattern is worth trying (`#` for a digit).
 */
const PATTERNS: readonly { pattern: RegExp; kind: BannerKind; start: string }[] = [
  { pattern: /^\d{1,2} \p{L}+ - Webbinari/u, kind: 'webinar', start: '#' },
  { pattern: /^EBS2020 har driftstopp/, kind: 'maintenance', start: 'ebs' },
  { pattern: /^Driftstopp pga servicearbete/, kind: 'maintenance', start: 'dri' },
  // `information (1)` on C pages, `Information (1)` on D pages: the counter of a notice box.
  { pattern: /^information \(\d+\)$/i, kind: 'cookies', start: 'inf' },
  { pattern: /^Den här hemsidan använder cookies/, kind: 'cookies', start: 'den' },
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

/** Code units a banner (or a fragment of one) can start with: 1 in this table. */
const BANNER_START = new Uint8Array(0x10000)
const FIXED_TEXTS = [...EXACT.keys(), ...FRAGMENT_SOURCES.map(([source]) => source)]
for (const text of FIXED_TEXTS) BANNER_START[text.charCodeAt(0)] = 1
for (const { start } of PATTERNS) {
  const firsts = start === '#' ? '0123456789' : `${start.charAt(0)}${start.charAt(0).toUpperCase()}`
  for (const first of firsts) BANNER_START[first.charCodeAt(0)] = 1
}
/** Longer than every exact banner and fragment source. */
const LONGEST_FIXED = Math.max(...FIXED_TEXTS.map((text) => text.length))

/** White space that `cleanValue` removes from the ends of a line. */
function isEndSpace(code: number): boolean {
  return (infoOf(code) & SPACE) !== 0 || code === 0x200b
}

/** Whether a line's text (from `from`) starts as a banner whose text varies must. */
function startsLikeVaryingBanner(line: string, from: number): boolean {
  const first = line.charCodeAt(from)
  for (const { start } of PATTERNS) {
    if (start === '#') {
      if (first >= 0x30 && first <= 0x39) return true
      continue
    }
    let k = 0
    while (
      k < start.length &&
      (infoOf(line.charCodeAt(from + k)) & LOWER_MASK) === start.charCodeAt(k)
    ) {
      k += 1
    }
    if (k === start.length) return true
  }
  return false
}

/**
 * A cheap test that lets through every line {@link matchBanner} can match, without copying or
 * hashing the line: its first character must start some banner, and a line longer than every
 * fixed banner must start like one whose text varies. Most body lines are prose, and this
 * runs on each of them.
 */
function mayBeBanner(line: string): boolean {
  let from = 0
  while (from < line.length && isEndSpace(line.charCodeAt(from))) from += 1
  if (from === line.length || BANNER_START[line.charCodeAt(from)] !== 1) return false
  let to = line.length
  while (to > from && isEndSpace(line.charCodeAt(to - 1))) to -= 1
  return to - from <= LONGEST_FIXED || startsLikeVaryingBanner(line, from)
}

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
  // Runs on every body line: most are prose, which no banner can start like or is as long as.
  if (!mayBeBanner(line)) return null
  const text = cleanValue(line)
  const exact = EXACT.get(text)
  if (exact !== undefined) return { kind: exact, fragment: false }
  for (const { pattern, kind } of PATTERNS) {
    if (pattern.test(text)) return { kind, fragment: false }
  }
  if (text.length >= 3) {
    for (const [source, kind] of FRAGMENT_SOURCES) {
      if (source.startsWith(text)) return { kind, fragment: true }
    }
  }
  return null
}
