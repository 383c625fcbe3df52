/**
 * One part of a compound word.
 *
 * @example
 * const part: CompoundPart = { text: 'arbetsmarknads', start: 0, end: 14, lemma: 'arbetsmarknad' }
 */
export interface CompoundPart {
  /** The letters of the part as written, linking letters included ("arbetsmarknads"). */
  readonly text: string
  /** Offsets of the part within the word. */
  readonly start: number
  readonly end: number
  /** Base form of the part ("arbetsmarknad"; the head's lemma for the last part: "fråga"). */
  readonly lemma: string
}

/**
 * A compound word split into dictionary parts.
 *
 * @example
 * const split: CompoundSplit = {
 *   word: 'arbetsmarknadsfrågor',
 *   lemma: 'arbetsmarknadsfråga',
 *   parts: [
 *     { text: 'arbetsmarknads', start: 0, end: 14, lemma: 'arbetsmarknad' },
 *     { text: 'frågor', start: 14, end: 20, lemma: 'fråga' },
 *   ],
 *   groups: [],
 * }
 */
export interface CompoundSplit {
  readonly word: string
  /** The whole word with its head lemmatised ("arbetsmarknadsfrågor" → "arbetsmarknadsfråga"). */
  readonly lemma: string
  /** Two or more parts in order. */
  readonly parts: readonly CompoundPart[]
  /**
   * For three or more parts: the modifier and head read as compounds of their own, in base form
   * ("kompetensförsörjningsfrågorna" → "kompetensförsörjning", "försörjningsfråga"). Swedish
   * nests compounds, and either bracketing may be the one a reader searches for.
   */
  readonly groups: readonly string[]
}
