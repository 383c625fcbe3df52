import type { LexiconRow } from './collect-entries.js'

/** The forms the dictionary's `-isk` suffix rule adds to a stem: -isk, -iska, -iskt. */
const ISK_ADJECTIVE = /^(.+)isk[at]?$/u

/**
 * Gives adjectives in `-isk` a lemma of their own. The spelling dictionary derives many of
 * them from a noun through a suffix rule (`prakt` gives *praktisk*, `ekonom` *ekonomisk*,
 * `stat` *statisk*), so the expansion made the adjective a form of the noun: a search for
 * `prakt` (splendour) found every text saying *praktiskt*, one for `ekonom` (economist) every
 * *ekonomiskt stöd*. A form is moved when it is the rule's `-isk`, `-iska` or `-iskt` and its
 * lemma is the stem the rule was applied to; adjectives the dictionary lists on their own
 * (*psykisk*) and words that only end in those letters (*fisk*, *fiske*) are left as they are.
 * Run before the hand-kept overrides, which win.
 *
 * @example
 * separateIskAdjectives([{ form: 'praktiska', lemma: 'prakt', compoundLemma: 'prakt', usage: 9, weight: 4 }])[0]?.lemma
 * // 'praktisk'
 */
export function separateIskAdjectives(rows: readonly LexiconRow[]): LexiconRow[] {
  return rows.map((row) => {
    const stem = ISK_ADJECTIVE.exec(row.form)?.[1]
    if (stem === undefined || row.lemma !== stem) return row
    const adjective = `${stem}isk`
    return {
      ...row,
      lemma: adjective,
      compoundLemma: row.compoundLemma === row.lemma ? adjective : row.compoundLemma,
    }
  })
}
