import { TARGET_GROUPS, type TargetGroupMatch } from '@projektbank/model'
import {
  infoOf,
  isWordCharAt,
  LOWER_MASK,
  letterLengthAt,
  SPACE,
  SURROGATE,
  WORD,
} from './_characters.js'

/** Marks a space in a term: one or more white-space characters in the text. */
const GAP = -1

/** One term of one group, ready for matching at a position. */
interface Alternative {
  readonly groupIndex: number
  /** Lower-case code units of the term without its `*`s; GAP for each space. */
  readonly units: readonly number[]
  /** `ungdom*`: letters may follow. Otherwise the term must end the word. */
  readonly openEnd: boolean
}

function alternativeOf(term: string, groupIndex: number): Alternative {
  const core = term.slice(term.startsWith('*') ? 1 : 0, term.endsWith('*') ? -1 : undefined)
  const units = [...core.toLowerCase()].map((char) => (char === ' ' ? GAP : char.charCodeAt(0)))
  return { groupIndex, units, openEnd: term.endsWith('*') }
}

/**
 * Every code unit that occurs in some term, numbered from 1 (0: in no term), so that the first
 * three characters of a position index a small table.
 */
const ALPHABET = new Uint8Array(0x10000)
let alphabetSize = 1

/**
 * Alternatives by their first three code units (every term has at least three, none a space
 * among them): ordinary words share first letters with the terms far more often than three.
 */
interface PrefixTable {
  /** Per code unit: 1 when some term starts with it. */
  readonly first: Uint8Array
  /** Per triple of alphabet numbers (a × size² + b × size + c): 0, or 1 + index in `lists`. */
  readonly triple: Uint8Array
  readonly lists: readonly (readonly Alternative[])[]
}

function tripleKey(a: number, b: number, c: number): number {
  return (
    ((ALPHABET[a] ?? 0) * alphabetSize + (ALPHABET[b] ?? 0)) * alphabetSize + (ALPHABET[c] ?? 0)
  )
}

function tableOf(alternatives: readonly Alternative[]): PrefixTable {
  const first = new Uint8Array(0x10000)
  const triple = new Uint8Array(alphabetSize ** 3)
  const lists: Alternative[][] = []
  for (const alternative of alternatives) {
    const [one = GAP, two = GAP, three = GAP] = alternative.units
    if (one === GAP || two === GAP || three === GAP) {
      // A data error in the model's term list, caught by any test that loads the parser.
      throw new Error('Every target-group term must start with three characters before a space')
    }
    first[one] = 1
    const key = tripleKey(one, two, three)
    if (triple[key] === 0) {
      lists.push([])
      triple[key] = lists.length
    }
    lists[(triple[key] ?? 1) - 1]?.push(alternative)
  }
  return { first, triple, lists }
}

/**
 * The terms in priority order: at one position, terms that must start a word come before the
 * one that may start inside a word (`*ungdomsarbetslös*`); groups in facet order; and a
 * group's longer terms first, so that `unga vuxna` wins over `unga`.
 */
function buildTables(): { atWordStart: PrefixTable; insideWord: PrefixTable } {
  const bounded: Alternative[] = []
  const inside: Alternative[] = []
  TARGET_GROUPS.forEach((group, groupIndex) => {
    for (const term of [...group.terms].sort((a, b) => b.length - a.length)) {
      ;(term.startsWith('*') ? inside : bounded).push(alternativeOf(term, groupIndex))
    }
  })
  for (const alternative of [...bounded, ...inside]) {
    for (const unit of alternative.units) {
      if (unit !== GAP && ALPHABET[unit] === 0) ALPHABET[unit] = alphabetSize++
    }
  }
  return { atWordStart: tableOf([...bounded, ...inside]), insideWord: tableOf(inside) }
}

const { atWordStart: AT_WORD_START, insideWord: INSIDE_WORD } = buildTables()

function isSpaceAt(text: string, index: number): boolean {
  return (infoOf(text.charCodeAt(index)) & SPACE) !== 0
}

/** Bits of the scan's own per-code-unit table; 0 means not looked up yet. */
const SCAN_KNOWN = 1
const SCAN_WORD = 2
const SCAN_SURROGATE = 4
/** Some term may start with this code unit (in either case) where a word starts. */
const STARTS_AT_WORD_START = 8
/** The term that may start inside a word starts with this code unit. */
const STARTS_INSIDE_WORD = 16

/**
 * What the scan needs to know of a code unit, in one byte: one load per character is the
 * whole cost of the scan over ordinary prose.
 */
const SCAN_KIND = new Uint8Array(0x10000)

function scanKindOf(code: number): number {
  const info = infoOf(code)
  const lower = info & LOWER_MASK
  let kind = SCAN_KNOWN
  if ((info & WORD) !== 0) kind |= SCAN_WORD
  if ((info & SURROGATE) !== 0) kind |= SCAN_SURROGATE
  if (AT_WORD_START.first[lower] === 1) kind |= STARTS_AT_WORD_START
  if (INSIDE_WORD.first[lower] === 1) kind |= STARTS_INSIDE_WORD
  SCAN_KIND[code] = kind
  return kind
}

/** Where `alternative` matches at `start`: the end of the match, or -1. */
function matchAt(text: string, start: number, alternative: Alternative): number {
  let index = start
  const { units } = alternative
  for (let k = 0; k < units.length; k += 1) {
    const unit = units[k]
    if (unit === GAP) {
      if (index >= text.length || !isSpaceAt(text, index)) return -1
      index += 1
      while (index < text.length && isSpaceAt(text, index)) index += 1
      continue
    }
    if (index >= text.length || (infoOf(text.charCodeAt(index)) & LOWER_MASK) !== unit) return -1
    index += 1
  }
  if (!alternative.openEnd) return isWordCharAt(text, index) ? -1 : index
  for (let length = letterLengthAt(text, index); length > 0; length = letterLengthAt(text, index))
    index += length
  return index
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
  for (let textIndex = 0; textIndex < texts.length; textIndex += 1) {
    const text = texts[textIndex] ?? ''
    let resume = 0
    let previousIsWord = false
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index)
      const kind = SCAN_KIND[code] || scanKindOf(code)
      const starts = kind & (previousIsWord ? STARTS_INSIDE_WORD : STARTS_AT_WORD_START)
      previousIsWord =
        (kind & SCAN_SURROGATE) === 0 ? (kind & SCAN_WORD) !== 0 : isWordCharAt(text, index)
      if (starts === 0 || index < resume) continue
      const table = starts === STARTS_INSIDE_WORD ? INSIDE_WORD : AT_WORD_START
      const candidates = candidatesAt(text, index, table)
      for (const alternative of candidates) {
        const end = matchAt(text, index, alternative)
        if (end < 0) continue
        resume = resumeAfter(text, index, end)
        if (found[alternative.groupIndex] === undefined) {
          const group = TARGET_GROUPS[alternative.groupIndex]?.value ?? ''
          if (accept === undefined || accept(text, index, end, group)) {
            const words = evidence(text, index, end)
            found[alternative.groupIndex] = { group, evidence: words, textIndex, start: index, end }
            remaining -= 1
          }
        }
        break
      }
      if (remaining === 0) break
    }
    if (remaining === 0) break
  }
  return found.filter((match): match is TermHit => match !== undefined)
}

/** The alternatives whose first three code units are those at `index`. */
function candidatesAt(text: string, index: number, table: PrefixTable): readonly Alternative[] {
  if (index + 2 >= text.length) return NONE
  const key = tripleKey(
    infoOf(text.charCodeAt(index)) & LOWER_MASK,
    infoOf(text.charCodeAt(index + 1)) & LOWER_MASK,
    infoOf(text.charCodeAt(index + 2)) & LOWER_MASK,
  )
  const slot = table.triple[key] ?? 0
  return slot === 0 ? NONE : (table.lists[slot - 1] ?? NONE)
}

const NONE: readonly Alternative[] = []

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
