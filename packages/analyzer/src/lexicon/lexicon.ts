/**
 * What the lexicon knows about one word form.
 *
 * @example
 * const entry: LexiconEntry = { lemma: 'fråga', compoundLemma: 'fråga', usage: 9, weight: 7 }
 */
export interface LexiconEntry {
  /** Base form when the word stands alone ("frågorna" → "fråga"). */
  readonly lemma: string
  /** Base form when the word is a non-final compound part ("samverkans" → "samverkan"). */
  readonly compoundLemma: string
  /** `FORM_*` bits: word, compound begin, middle, end. */
  readonly usage: number
  /** 0–15: how productive the lemma is as a compound part (log2 of a count); breaks ties. */
  readonly weight: number
}

/**
 * A read-only table of Swedish word forms. Forms are addressed by their rank (position in
 * sorted order) so that hot paths can read usage and weight without building strings.
 *
 * @example
 * const rank = lexicon.rankOf('frågorna')
 * if (rank >= 0) lexicon.lemmaAt(rank, 'frågorna') // 'fråga'
 */
export interface Lexicon {
  /** Number of word forms. */
  readonly size: number
  /** Where the data came from (source dictionary, licence); informational. */
  readonly metadata: Readonly<Record<string, unknown>>
  /** The entry for a lower-case form, or `undefined` when the form is unknown. */
  lookup(form: string): LexiconEntry | undefined
  /** Rank of a lower-case form, or −1 when unknown. */
  rankOf(form: string): number
  /**
   * Calls `visit(formEnd, rank)` for every known form `text.slice(start, formEnd)` with
   * `formEnd ≤ end`, shortest first — one automaton walk finds all of them.
   */
  forEachFormAt(
    text: string,
    start: number,
    end: number,
    visit: (formEnd: number, rank: number) => void,
  ): void
  /**
   * Like {@link forEachFormAt}, but `text` may lack the form's diacritics: an `a` in the text
   * also walks `å` and `ä`, an `o` also `ö`, an `e` also `é`. `visit` gets each known form
   * with its own spelling ("overgang" visits "över", "övergång"); on each path the shorter form first.
   */
  forEachFoldedFormAt(
    text: string,
    start: number,
    end: number,
    visit: (formEnd: number, rank: number, form: string) => void,
  ): void
  /**
   * Whether some known form begins with `prefix` and passes `test`, which gets the rest of the
   * form after the prefix ("" for the prefix itself) and its rank. Forms are tried in rank
   * order and the walk stops at the first that passes; a prefix no form begins with costs one
   * short walk.
   */
  someFormWithPrefix(prefix: string, test: (rest: string, rank: number) => boolean): boolean
  /** `FORM_*` bits of the form at `rank`. */
  usageAt(rank: number): number
  /** Compound productivity (0–15) of the lemma of the form at `rank`. */
  weightAt(rank: number): number
  /** Standalone lemma of `form`, which must be the form at `rank`. */
  lemmaAt(rank: number, form: string): string
  /** Compound-part lemma of `form`, which must be the form at `rank`. */
  compoundLemmaAt(rank: number, form: string): string
}
