import { FORM_ENDS_COMPOUND, FORM_IS_WORD } from '../../src/lexicon/format.js'
import type { LexiconRow } from './collect-entries.js'

/**
 * Parses `data/lemma-overrides.txt`: `lemma<TAB>form form …` per line, `#` comments.
 *
 * @example
 * parseLemmaOverrides('ta\tta tar tog\n') // Map { 'ta' => 'ta', 'tar' => 'ta', 'tog' => 'ta' }
 */
export function parseLemmaOverrides(text: string): Map<string, string> {
  const lemmaOf = new Map<string, string>()
  for (const [index, rawLine] of text.split(/\r?\n/u).entries()) {
    const line = rawLine.replace(/#.*$/u, '').trim()
    if (line === '') continue
    const [lemma, forms] = line.split('\t')
    if (lemma === undefined || forms === undefined || forms.trim() === '') {
      throw new Error(
        `parseLemmaOverrides: line ${index + 1}: expected "lemma<TAB>forms", got "${rawLine}"`,
      )
    }
    for (const form of forms.trim().split(/\s+/u)) lemmaOf.set(form, lemma)
  }
  return lemmaOf
}

/**
 * Applies overrides to sorted rows: a listed form gets the listed lemma (as a word and as a
 * compound part), and a form the dictionary lacks is added as a word that may end a compound.
 * The result is sorted by form again.
 *
 * @example
 * applyLemmaOverrides([], new Map([['hos', 'hos']]))
 * // [{ form: 'hos', lemma: 'hos', compoundLemma: 'hos', usage: 9, weight: 0 }]
 */
export function applyLemmaOverrides(
  rows: readonly LexiconRow[],
  lemmaOf: ReadonlyMap<string, string>,
): LexiconRow[] {
  const weightOf = new Map<string, number>()
  for (const row of rows) if (row.form === row.lemma) weightOf.set(row.form, row.weight)
  const pending = new Map(lemmaOf)
  const result = rows.map((row) => {
    const lemma = pending.get(row.form)
    if (lemma === undefined) return row
    pending.delete(row.form)
    return { ...row, lemma, compoundLemma: lemma, weight: weightOf.get(lemma) ?? row.weight }
  })
  for (const [form, lemma] of pending) {
    result.push({
      form,
      lemma,
      compoundLemma: lemma,
      usage: FORM_IS_WORD | FORM_ENDS_COMPOUND,
      weight: weightOf.get(lemma) ?? 0,
    })
  }
  return result.sort((a, b) => (a.form < b.form ? -1 : a.form > b.form ? 1 : 0))
}
