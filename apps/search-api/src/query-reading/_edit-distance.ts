/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbours each cost 1), or `limit + 1` as soon as it must exceed `limit`.
 *
 * @example
 * editDistance('validerng', 'validering', 2) // 1
 * editDistance('matchnig', 'mathcning', 2) // 2
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous2: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1)
      }
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return limit + 1
    previous2 = previous
    previous = current
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1)
}
