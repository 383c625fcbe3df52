/**
 * From this length Meilisearch allows a word one typo (its default
 * `minWordSizeForTypos.oneTypo`, which the index keeps).
 */
export const ONE_TYPO_FROM_LENGTH = 5

/**
 * From this length Meilisearch allows a word two typos (its default
 * `minWordSizeForTypos.twoTypos`, which the index keeps).
 */
export const TWO_TYPOS_FROM_LENGTH = 9

/**
 * The edits a word of this length may be from the word meant, by Meilisearch's own rule: none
 * below {@link ONE_TYPO_FROM_LENGTH} letters, one from it, two from
 * {@link TWO_TYPOS_FROM_LENGTH}. The search's own corrections and suggestions keep to it, so
 * that they never reach further than the engine would: in a short word one or two edits make
 * another word (`green` is two from *grepp*, `grön` two from *göra*).
 *
 * @example
 * typosAllowed('grön') // 0
 * typosAllowed('kvinnor') // 1
 * typosAllowed('validering') // 2
 */
export function typosAllowed(word: string): 0 | 1 | 2 {
  const length = [...word].length
  if (length >= TWO_TYPOS_FROM_LENGTH) return 2
  return length >= ONE_TYPO_FROM_LENGTH ? 1 : 0
}
