import { TARGET_GROUPS, type TargetGroupMatch } from '@projektbank/model'
import { infoOf, isWordCharAt, letterLengthAt, SPACE, SURROGATE, WORD } from './_characters.js'
import {
  type Alternative,
  ENDING_AT_ROW,
  GAP,
  STEP,
  SYMBOL,
  symbolOf,
} from './_target-group-terms.js'

function isSpaceAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && (infoOf(text.charCodeAt(index)) & SPACE) !== 0
}

/**
 * Finds the target groups a narrative speaks of, each once, with the first phrase that shows
 * it (widened to whole words, white space collapsed). Texts are searched in the order given;
 * letters are compared lower-cased.
 *
 * One pass over the characters with table lookups: this runs over every narrative of every
 * sheet, and a regex of all the terms, tried at every position, used to cost half of the
 * parser's time.
 *
 * @example
 * detectTargetGroups(['Projektet vänder sig till unga vuxna och nyanlända.'])
 * // [{ group: 'unga', evidence: 'unga vuxna' }, { group: 'nyanlända', evidence: 'nyanlända' }]
 */
export function detectTargetGroups(texts: readonly string[]): TargetGroupMatch[] {
  return scanTargetGroups(texts).map(({ group, evidence }) => ({ group, evidence }))
}

/** A target group found by {@link scanTargetGroups}, and where. */
export interface TermHit {
  readonly group: string
  /** The matched words, widened to whole words on the left, white space collapsed. */
  readonly evidence: string
  /** Which of the texts, and the match's offsets in it (end exclusive). */
  readonly textIndex: number
  readonly start: number
  readonly end: number
}

/**
 * Whether a match counts: given the text, the match's offsets and the group's value. A match
 * that does not count lets a later one of the same group be tried.
 */
export type AcceptMatch = (text: string, start: number, end: number, group: string) => boolean

/**
 * {@link detectTargetGroups} with the offsets of each match, and an optional judge of each
 * match in context (the first match a group gets that `accept` takes is the group's).
 *
 * @example
 * scanTargetGroups(['Unga vuxna.'])[0] // { group: 'unga', evidence: 'Unga vuxna', textIndex: 0, start: 0, end: 10 }
 */
export function scanTargetGroups(texts: readonly string[], accept?: AcceptMatch): TermHit[] {
  const found: (TermHit | undefined)[] = new Array(TARGET_GROUPS.length)
  let remaining = TARGET_GROUPS.length
  for (let textIndex = 0; textIndex < texts.length && remaining > 0; textIndex += 1) {
    const text = texts[textIndex] ?? ''
    let resume = 0
    for (const { alternative, start, end } of matchesIn(text)) {
      // At one position the first match wins; the scan goes on after it.
      if (start < resume) continue
      resume = resumeAfter(text, start, end)
      if (found[alternative.groupIndex] !== undefined) continue
      const group = TARGET_GROUPS[alternative.groupIndex]?.value ?? ''
      if (accept !== undefined && !accept(text, start, end, group)) continue
      const words = evidence(text, start, end)
      found[alternative.groupIndex] = { group, evidence: words, textIndex, start, end }
      remaining -= 1
      if (remaining === 0) break
    }
  }
  return found.filter((match): match is TermHit => match !== undefined)
}

interface Match {
  readonly alternative: Alternative
  readonly start: number
  readonly end: number
}

/**
 * Every place in `text` where a term matches, by start and then by the terms' priority, so that
 * the first match at a position is the one that counts. One automaton step per character.
 */
function matchesIn(text: string): Match[] {
  const matches: Match[] = []
  let entry = 0
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    entry = STEP[(entry >> 1) + (SYMBOL[code] || symbolOf(code))] ?? 0
    if ((entry & 1) === 0) continue
    for (const alternative of ENDING_AT_ROW.get(entry >> 1) ?? []) {
      const match = matchEndingAt(text, index + 1, alternative)
      if (match !== null) matches.push(match)
    }
  }
  // Found in the order they end; mostly that is the order they start, and then no sort is needed.
  if (!inStartOrder(matches)) matches.sort(byStartThenPriority)
  return matches
}

function byStartThenPriority(a: Match, b: Match): number {
  return a.start - b.start || a.alternative.priority - b.alternative.priority
}

function inStartOrder(matches: readonly Match[]): boolean {
  for (let index = 1; index < matches.length; index += 1) {
    const previous = matches[index - 1]
    const match = matches[index]
    if (previous === undefined || match === undefined) return false
    if (byStartThenPriority(previous, match) > 0) return false
  }
  return true
}

/**
 * The match of `alternative` whose characters end at `charsEnd`, if it stands where its term
 * may: a term without a leading `*` starts a word, one without a trailing `*` ends it, and one
 * with a trailing `*` takes the rest of the word's letters.
 */
function matchEndingAt(text: string, charsEnd: number, alternative: Alternative): Match | null {
  let start = charsEnd
  const { units } = alternative
  for (let k = units.length - 1; k >= 0; k -= 1) {
    if (units[k] === GAP) {
      if (!isSpaceAt(text, start - 1)) return null
      while (isSpaceAt(text, start - 1)) start -= 1
    } else if (start <= 0 || symbolOf(text.charCodeAt(start - 1)) !== (units[k] ?? GAP) + 1)
      return null
    else start -= 1
  }
  if (!alternative.openStart && isWordCharAt(text, start - 1)) return null
  let end = charsEnd
  if (!alternative.openEnd) {
    if (isWordCharAt(text, end)) return null
  } else {
    for (let length = letterLengthAt(text, end); length > 0; length = letterLengthAt(text, end))
      end += length
  }
  return { alternative, start, end }
}

/**
 * Where the scan goes on after a match: at the match's first gap, not past the whole match, so
 * that overlapping groups are found (`äldre medarbetare` shows both `äldre` and `sysselsatta`).
 */
function resumeAfter(text: string, start: number, end: number): number {
  for (let index = start + 1; index < end; index += 1) {
    if (isSpaceAt(text, index)) return index
  }
  return end
}

const WHITE_SPACE_RUN = /\s+/g

/** The matched words, widened to whole words on the left, white space collapsed. */
function evidence(text: string, start: number, end: number): string {
  let from = start
  // One code unit at a time, as the first version did: a surrogate half stops the widening.
  while (from > 0 && (infoOf(text.charCodeAt(from - 1)) & (WORD | SURROGATE)) === WORD) from -= 1
  return text.slice(from, end).replace(WHITE_SPACE_RUN, ' ')
}
