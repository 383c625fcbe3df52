/**
 * Whether the API may complete the end of `q`, by the one rule the page can tell without
 * asking: a word being typed has at least `minLetters` characters and nothing after it, not
 * even a space (`PageConfig.completedPrefixLetters`, the API's own minimum). The API's reading
 * is finer (it splits `a-b` into words, skips numbers and phrases) and answers `[]` to the
 * rest; this never says no where the API would complete, since the last word it reads is part
 * of the last run of non-spaces.
 *
 * @example
 * mayBeCompleted('unga arb', 3) // true
 * mayBeCompleted('unga ar', 3) // false
 * mayBeCompleted('unga ', 3) // false
 */
export function mayBeCompleted(q: string, minLetters: number): boolean {
  if (q === '' || /\s$/u.test(q)) return false
  const last = q.split(/\s/u).at(-1) ?? ''
  return [...last].length >= minLetters
}
