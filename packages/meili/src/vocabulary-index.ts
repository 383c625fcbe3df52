/**
 * The index that holds the words of `index` and how many documents hold each, written by the
 * indexer after every run and read by the search API (typo correction, restoring å/ä/ö). The
 * search-only key covers it together with `index`.
 *
 * @example
 * vocabularyIndexOf('projects') // 'projects-vocabulary'
 */
export function vocabularyIndexOf(index: string): string {
  return `${index}-vocabulary`
}

/**
 * One document of a vocabulary index: a slice of the words, sorted, with their document
 * counts at the same positions.
 *
 * @example
 * const chunk: VocabularyChunk = { id: 0, words: ['far', 'får'], counts: [1, 9] }
 */
export interface VocabularyChunk {
  id: number
  words: string[]
  counts: number[]
}
