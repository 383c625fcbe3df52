import type { ExpansionEntry } from '@projektbank/analyzer'

/**
 * A row of a thesaurus table as the analyser's own `THESAURUS_EXPANSIONS` has it: source
 * `thesaurus`, matched as whole words only.
 *
 * @example
 * thesaurusRow('far', ['pappa']) // { from: 'far', to: ['pappa'], source: 'thesaurus', wholeWordsOnly: true }
 */
export function thesaurusRow(from: string, to: readonly string[]): ExpansionEntry {
  return { from, to, source: 'thesaurus', wholeWordsOnly: true }
}
