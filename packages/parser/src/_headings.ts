import {
  LIST_HEADINGS,
  type ListName,
  SECTION_HEADINGS,
  SECTION_NAMES,
  type SectionName,
} from '@projektbank/model'

export type { ListName } from '@projektbank/model'

/** What a known heading starts. */
export type HeadingTarget =
  | { readonly kind: 'section'; readonly name: SectionName }
  | { readonly kind: 'list'; readonly name: ListName }

/**
 * The headings of layouts A and B, exactly as printed (the model's `SECTION_HEADINGS` and
 * `LIST_HEADINGS`). An ALL-CAPS or colon-ended variant is a sub-heading inside a section, not
 * one of these.
 *
 * @example
 * KNOWN_HEADINGS.get('Kommun') // { kind: 'list', name: 'municipalities' }
 */
export const KNOWN_HEADINGS: ReadonlyMap<string, HeadingTarget> = new Map<string, HeadingTarget>([
  ...SECTION_NAMES.map((name): [string, HeadingTarget] => [
    SECTION_HEADINGS[name],
    { kind: 'section', name },
  ]),
  ...(Object.keys(LIST_HEADINGS) as ListName[]).map((name): [string, HeadingTarget] => [
    LIST_HEADINGS[name],
    { kind: 'list', name },
  ]),
])

const MAX_HEADING_LENGTH = 60
const MAX_HEADING_WORDS = 6
const STARTS_WITH_CAPITAL = /^\p{Lu}/u
const HAS_LOWER_CASE = /\p{Ll}/u
const ENDS_LIKE_PROSE = /[.,:;!?…)\]"”]$/
const WORD_GAP = / +/g

/**
 * Whether a line standing alone between blank lines reads as a heading of its own: short,
 * capitalised, not ALL CAPS (those are sub-headings inside a section) and not ending like a
 * sentence or a lead-in.
 *
 * @example
 * looksLikeHeading('Organisation och styrning') // true
 * looksLikeHeading('UTGÅNGSLÄGE') // false
 * looksLikeHeading('I budget har avsatts medel.') // false
 */
export function looksLikeHeading(text: string): boolean {
  if (text.length > MAX_HEADING_LENGTH) return false
  if (!STARTS_WITH_CAPITAL.test(text) || !HAS_LOWER_CASE.test(text)) return false
  if (ENDS_LIKE_PROSE.test(text)) return false
  return (text.match(WORD_GAP)?.length ?? 0) + 1 <= MAX_HEADING_WORDS
}
