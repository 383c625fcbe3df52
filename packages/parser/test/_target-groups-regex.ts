import { TARGET_GROUPS, type TargetGroupMatch } from '@projektbank/model'

// The reference for `src/_target-groups.ts`: the first, regex-based detector, kept only in the
// tests. It states the matching rules plainly (one alternation, a lookbehind word boundary) and
// the fast scanner must give exactly its results.

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]'
const SPECIAL = /[.*+?^${}()|[\]\\]/g

/** A term as a regex: spaces match any white space, `*` lets the word continue on that side. */
function termPattern(term: string): string {
  const openEnd = term.endsWith('*')
  const core = term
    .slice(term.startsWith('*') ? 1 : 0, openEnd ? -1 : undefined)
    .replace(SPECIAL, '\\$&')
    .replace(/ /g, '\\s+')
  return `${core}${openEnd ? '\\p{L}*' : `(?!${LETTER_OR_DIGIT})`}`
}

/**
 * One regex for all groups, so that a single pass over the text finds every group. Terms that
 * must start a word share one leading boundary check (a lookbehind that knows å, ä and ö,
 * which plain `\b` does not); the few that may start inside a word (`*ungdomsarbetslös*`)
 * come after it. Each group has a capturing group per kind; `CAPTURE_GROUP` maps back.
 * Longer terms go first, so that `unga vuxna` wins over `unga` at the same position.
 */
function buildPattern(): { pattern: RegExp; captureGroup: number[] } {
  const captureGroup: number[] = []
  const bounded: string[] = []
  const open: string[] = []
  TARGET_GROUPS.forEach((group, groupIndex) => {
    const terms = [...group.terms].sort((a, b) => b.length - a.length)
    const starts = terms.filter((term) => !term.startsWith('*')).map(termPattern)
    const inside = terms.filter((term) => term.startsWith('*')).map(termPattern)
    if (starts.length > 0) bounded.push(`(${starts.join('|')})`)
    if (inside.length > 0) open.push(`(${inside.join('|')})`)
    if (starts.length > 0) captureGroup.push(groupIndex)
  })
  TARGET_GROUPS.forEach((group, groupIndex) => {
    if (group.terms.some((term) => term.startsWith('*'))) captureGroup.push(groupIndex)
  })
  const alternatives = [`(?<!${LETTER_OR_DIGIT})(?:${bounded.join('|')})`, ...open]
  return { pattern: new RegExp(alternatives.join('|'), 'giu'), captureGroup }
}

const { pattern: PATTERN, captureGroup: CAPTURE_GROUP } = buildPattern()

const WORD_CHARACTER = /[\p{L}\p{N}]/u
const WHITE_SPACE = /\s/

/**
 * Finds the target groups a narrative speaks of, each once, with the first phrase that shows
 * it (widened to whole words, white space collapsed). Texts are searched in the order given.
 *
 * @example
 * detectTargetGroupsByRegex(['Projektet vänder sig till unga vuxna och nyanlända.'])
 * // [{ group: 'unga', evidence: 'unga vuxna' }, { group: 'nyanlända', evidence: 'nyanlända' }]
 */
export function detectTargetGroupsByRegex(texts: readonly string[]): TargetGroupMatch[] {
  const found: (TargetGroupMatch | undefined)[] = new Array(TARGET_GROUPS.length)
  let remaining = TARGET_GROUPS.length
  for (const text of texts) {
    PATTERN.lastIndex = 0
    for (let match = PATTERN.exec(text); match !== null; match = PATTERN.exec(text)) {
      // Resume at the match's second word, not past the whole match, so that overlapping
      // groups are found (`äldre medarbetare` shows both `äldre` and `sysselsatta`).
      const gap = match[0].search(WHITE_SPACE)
      PATTERN.lastIndex = match.index + (gap > 0 ? gap : match[0].length)
      const capture = match.findIndex((value, index) => index > 0 && value !== undefined) - 1
      const groupIndex = CAPTURE_GROUP[capture] ?? -1
      const group = TARGET_GROUPS[groupIndex]
      if (group === undefined || found[groupIndex] !== undefined) continue
      found[groupIndex] = { group: group.value, evidence: evidence(text, match.index, match[0]) }
      remaining -= 1
      if (remaining === 0) break
    }
    if (remaining === 0) break
  }
  return found.filter((match): match is TargetGroupMatch => match !== undefined)
}

/** The matched words, widened to whole words on the left, white space collapsed. */
function evidence(text: string, index: number, matched: string): string {
  let start = index
  while (start > 0 && WORD_CHARACTER.test(text.charAt(start - 1))) start -= 1
  return (text.slice(start, index) + matched).replace(/\s+/g, ' ')
}
