import type { TokenMatch } from './find-matches.js'

/**
 * A run of tokens to show as one snippet, `first` to `last` inclusive.
 *
 * @example
 * const window: TokenWindow = { first: 10, last: 29 }
 */
export interface TokenWindow {
  readonly first: number
  readonly last: number
}

/**
 * Picks up to `maxWindows` non-overlapping windows of `size` tokens, best first: a window
 * scores by the number of distinct query terms it contains fully, then by its number of
 * matches, then by position (earlier wins). Candidates are centred on each match, so the
 * context around a hit is balanced. The result is in text order; with no matches it is the
 * opening window.
 *
 * @example
 * selectWindows(100, [{ start: 0, end: 1, term: 0, firstToken: 50, lastToken: 50 }], 10, 2)
 * // [{ first: 46, last: 55 }]
 */
export function selectWindows(
  tokenCount: number,
  matches: readonly TokenMatch[],
  size: number,
  maxWindows: number,
): TokenWindow[] {
  const span = Math.max(1, Math.min(size, tokenCount))
  if (matches.length === 0 || tokenCount <= span) return [{ first: 0, last: span - 1 }]

  const candidates = new Map<number, { first: number; distinct: number; count: number }>()
  for (const match of matches) {
    const covered = match.lastToken - match.firstToken + 1
    const before = Math.floor(Math.max(0, span - covered) / 2)
    const first = clamp(match.firstToken - before, 0, tokenCount - span)
    if (candidates.has(first)) continue
    const last = first + span - 1
    const terms = new Set<number>()
    let count = 0
    for (const m of matches) {
      if (m.firstToken >= first && m.lastToken <= last) {
        terms.add(m.term)
        count++
      }
    }
    candidates.set(first, { first, distinct: terms.size, count })
  }
  const ranked = [...candidates.values()].sort(
    (a, b) => b.distinct - a.distinct || b.count - a.count || a.first - b.first,
  )
  const chosen: TokenWindow[] = []
  for (const candidate of ranked) {
    if (chosen.length >= maxWindows) break
    const window = { first: candidate.first, last: candidate.first + span - 1 }
    if (chosen.some((c) => window.first <= c.last && c.first <= window.last)) continue
    chosen.push(window)
  }
  return chosen.sort((a, b) => a.first - b.first)
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high)
}
