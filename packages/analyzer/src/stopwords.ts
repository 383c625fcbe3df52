import stopwordData from '../data/stopwords-sv.json'

/**
 * The Snowball project's short Swedish stop-word list (function words only), from
 * `data/stopwords-sv.json`. Content words such as "beslut", "stöd" and "dag" are not in it.
 *
 * @example
 * SWEDISH_STOPWORDS.has('och') // true
 * SWEDISH_STOPWORDS.has('beslut') // false
 */
export const SWEDISH_STOPWORDS: ReadonlySet<string> = new Set(stopwordData.words)

/**
 * Whether a normalised (lower-case) word is a stop word.
 *
 * @example
 * isStopword('och') // true
 */
export function isStopword(word: string): boolean {
  return SWEDISH_STOPWORDS.has(word)
}
