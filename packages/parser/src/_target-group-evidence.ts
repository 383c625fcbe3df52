import type { TargetGroupMatch } from '@projektbank/model'
import {
  countsAsParticipants,
  isJudgedBySentenceAlone,
  isJudgedInContext,
} from './_target-group-context.js'
import { scanTargetGroups } from './_target-groups.js'

/** A narrative text and its dotted `Project` path. */
export interface NarrativeText {
  readonly field: string
  readonly text: string
}

/** Per code unit: 1 where `/\s/` matches it (looked up per character, not a regex per character). */
const WHITE_SPACE = new Uint8Array(0x10000)
for (let code = 0; code < 0x10000; code += 1) {
  if (/\s/.test(String.fromCharCode(code))) WHITE_SPACE[code] = 1
}

function isWhiteSpaceAt(text: string, index: number): boolean {
  return WHITE_SPACE[text.charCodeAt(index)] === 1
}

/** `.`, `!` or `?` at `index` (false outside the text). */
function isSentenceEndAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code === 0x2e || code === 0x21 || code === 0x3f
}

const NEWLINE = 0x0a

/**
 * The sentence around `[start, end)`: from after the previous sentence end (`.`, `!` or `?`
 * before white space) or line break, to the next sentence end (included) or line break,
 * without surrounding white space.
 *
 * @example
 * sentenceAround('Ett. Unga vuxna. Tre.', 5, 9) // [5, 16]
 */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start
  while (from > 0) {
    if (text.charCodeAt(from - 1) === NEWLINE) break
    if (isWhiteSpaceAt(text, from - 1) && from >= 2 && isSentenceEndAt(text, from - 2)) break
    from -= 1
  }
  let to = end
  while (to < text.length) {
    const isEnd = isSentenceEndAt(text, to)
    if (text.charCodeAt(to) === NEWLINE) break
    to += 1
    if (isEnd && (to >= text.length || isWhiteSpaceAt(text, to))) break
  }
  while (from < to && isWhiteSpaceAt(text, from)) from += 1
  while (to > from && isWhiteSpaceAt(text, to - 1)) to -= 1
  return [from, to]
}

/**
 * The target groups of a project's narrative, each with the phrase and the sentence that
 * support it. A term counts only where its sentence speaks of participants (see
 * `countsAsParticipants`); otherwise the next mention of the group is tried.
 *
 * @example
 * findTargetGroups([{ field: 'sections.summary', text: 'Projektet riktar sig till UVAS.' }])
 * // [{ group: 'unga', evidence: 'UVAS', sentence: { field: 'sections.summary', start: 0, end: 31 } }]
 */
export function findTargetGroups(narrative: readonly NarrativeText[]): TargetGroupMatch[] {
  const texts = narrative.map((n) => n.text)
  // The sentence of each accepted match, by group, so that it is not searched for twice.
  const sentences = new Map<string, [number, number]>()
  // The last sentence that rejected a group judged by the sentence alone: staff titles recur
  // within a sentence, and each mention would otherwise be judged again, with the same verdict.
  let rejected: { text: string; group: string; from: number; to: number } | undefined
  const hits = scanTargetGroups(texts, (text, start, end, group) => {
    // Only some groups are judged by their sentence: the others skip the slicing and lower-casing.
    if (!isJudgedInContext(group)) return true
    const around = sentenceAround(text, start, end)
    const [from, to] = around
    const alone = isJudgedBySentenceAlone(group)
    if (
      alone &&
      rejected !== undefined &&
      rejected.text === text &&
      rejected.group === group &&
      rejected.from === from &&
      rejected.to === to
    ) {
      return false
    }
    const sentence = text.slice(from, to).toLowerCase()
    // A group judged by the sentence alone has no use for the words before the term.
    const before = alone ? '' : text.slice(from, start).toLowerCase()
    const counts = countsAsParticipants(group, sentence, before)
    if (counts) sentences.set(group, around)
    else if (alone) rejected = { text, group, from, to }
    return counts
  })
  return hits.map((hit) => {
    const text = texts[hit.textIndex] ?? ''
    const [start, end] = sentences.get(hit.group) ?? sentenceAround(text, hit.start, hit.end)
    const field = narrative[hit.textIndex]?.field ?? ''
    return { group: hit.group, evidence: hit.evidence, sentence: { field, start, end } }
  })
}
