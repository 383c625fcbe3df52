import type { LexiconRow } from './collect-entries.js'

/** The endings of an agent noun in `-are`: singular and plural, definite, genitive. */
const AGENT_ENDING = /^(.+)(are|aren|arens|ares|arna|arnas)$/u

/**
 * Gives agent nouns in `-are` a lemma of their own. The spelling dictionary derives them from
 * their verb (`samordna` gives *samordnare*, `lära` *lärare*), so the expansion makes the
 * person and the act one lemma: a search for `lärare` (teachers) also found every text on
 * *lära* (to learn), one for `samordnare` every text where someone *samordnar*. A form is
 * moved when it ends like an agent noun and its lemma is the verb of that stem (*samordn* +
 * *a*); comparatives (*snabbare*: *snabb*) and nouns the dictionary lists on their own
 * (*handläggare*) are left as they are. Run before the hand-kept overrides, which win.
 *
 * @example
 * separateAgentNouns([{ form: 'lärarna', lemma: 'lära', compoundLemma: 'lära', usage: 9, weight: 3 }])[0]?.lemma
 * // 'lärare'
 */
export function separateAgentNouns(rows: readonly LexiconRow[]): LexiconRow[] {
  return rows.map((row) => {
    const match = AGENT_ENDING.exec(row.form)
    const stem = match?.[1]
    if (stem === undefined || row.lemma !== `${stem}a`) return row
    const noun = `${stem}are`
    return {
      ...row,
      lemma: noun,
      compoundLemma: row.compoundLemma === row.lemma ? noun : row.compoundLemma,
    }
  })
}
