import type { TargetGroupMatch } from '@projektbank/model'
import { countsAsParticipants } from './_target-group-context.js'
import { scanTargetGroups } from './_target-groups.js'

/** A narrative text and its dotted `Project` path. */
export interface NarrativeText {
  readonly field: string
  readonly text: string
}

const SENTENCE_END = /[.!?]/

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
    const previous = text.charAt(from - 1)
    if (previous === '\n') break
    if (/\s/.test(previous) && SENTENCE_END.test(text.charAt(from - 2))) break
    from -= 1
  }
  let to = end
  while (to < text.length) {
    const char = text.charAt(to)
    if (char === '\n') break
    to += 1
    if (SENTENCE_END.test(char) && (to >= text.length || /\s/.test(text.charAt(to)))) break
  }
  while (from < to && /\s/.test(text.charAt(from))) from += 1
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1
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
  const hits = scanTargetGroups(texts, (text, start, end, group) => {
    const [from, to] = sentenceAround(text, start, end)
    const sentence = text.slice(from, to).toLowerCase()
    return countsAsParticipants(group, sentence, text.slice(from, start).toLowerCase())
  })
  return hits.map((hit) => {
    const text = texts[hit.textIndex] ?? ''
    const [start, end] = sentenceAround(text, hit.start, hit.end)
    const field = narrative[hit.textIndex]?.field ?? ''
    return { group: hit.group, evidence: hit.evidence, sentence: { field, start, end } }
  })
}
