import {
  FORM_BEGINS_COMPOUND,
  FORM_ENDS_COMPOUND,
  FORM_IN_COMPOUND_MIDDLE,
  FORM_IS_WORD,
} from '../../src/lexicon/format.js'
import type { ExpandedForm } from '../hunspell/expand-forms.js'

/**
 * One row of the lexicon before encoding.
 *
 * @example
 * const row: LexiconRow = { form: 'frågorna', lemma: 'fråga', compoundLemma: 'fråga', usage: 9, weight: 7 }
 */
export interface LexiconRow {
  readonly form: string
  /** Base form used when the form stands alone. */
  readonly lemma: string
  /** Base form used when the form is the first or a middle part of a compound. */
  readonly compoundLemma: string
  /** `FORM_*` bits. */
  readonly usage: number
  /** 0–15: how productive the lemma is in compounds (log2(1 + count), rounded). */
  readonly weight: number
}

/**
 * Linking-morpheme repairs tried, in order, for dictionary entries that exist only as compound
 * parts ("arbets/UXZ", "abborr/XZ"): each pair is (letters to remove, letters to add). The
 * first result that is a standalone word becomes the part's base form.
 */
const COMPOUND_FORM_REPAIRS: readonly (readonly [string, string])[] = [
  ['s', ''],
  ['e', ''],
  ['', 'e'],
  ['', 'a'],
  ['s', 'e'],
  ['s', 'a'],
  ['e', 'a'],
  ['o', 'a'],
  ['u', 'a'],
  ['e', 'um'],
  ['es', 'a'],
  ['es', ''],
  ['a', ''],
  ['a', 'e'],
]

/**
 * Turns expanded Hunspell forms into one row per distinct form, choosing one lemma
 * deterministically where a form has several stems:
 *
 * 1. a reading with the wanted usage (standalone word, or compound part) beats the others;
 * 2. the form itself, when it is a dictionary headword, beats other stems — a headword is
 *    far more often meant as itself ("bad" the noun, not the past tense of "be");
 * 3. then the stem more productive in the dictionary's own compounds, a proxy for frequency
 *    that needs no corpus ("förbundet" → "förbund", not the participle "förbunden");
 * 4. then the shorter stem, then code-unit order, so rebuilds are byte-identical.
 *
 * @example
 * collectEntries([{ form: 'frågor', stem: 'fråga', usage: 9 }])
 * // [{ form: 'frågor', lemma: 'fråga', compoundLemma: 'fråga', usage: 9, weight: 0 }]
 */
export function collectEntries(forms: Iterable<ExpandedForm>): LexiconRow[] {
  const readings = new Map<string, Map<string, number>>()
  for (const { form, stem, usage } of forms) {
    let byStem = readings.get(form)
    if (byStem === undefined) {
      byStem = new Map()
      readings.set(form, byStem)
    }
    byStem.set(stem, (byStem.get(stem) ?? 0) | usage)
  }

  const isWord = (form: string): boolean => {
    const byStem = readings.get(form)
    if (byStem === undefined) return false
    for (const usage of byStem.values()) if (usage & FORM_IS_WORD) return true
    return false
  }

  // Stems that exist only as compound parts get a real base form through a linking repair.
  const repairedStem = new Map<string, string>()
  for (const [form, byStem] of readings) {
    const usage = byStem.get(form)
    if (usage === undefined || usage & FORM_IS_WORD) continue
    const base = repairCompoundForm(form, isWord)
    if (base !== undefined) repairedStem.set(form, base)
  }
  const baseOfStem = (stem: string): string => repairedStem.get(stem) ?? stem

  const productivity = countCompoundParticipation(readings, baseOfStem)
  const weightOf = (stem: string): number => {
    const count = productivity.get(stem) ?? 0
    return Math.min(15, Math.round(Math.log2(1 + count)))
  }

  const choose = (form: string, byStem: Map<string, number>, wanted: number): string => {
    let best: string | undefined
    let bestUsage = 0
    for (const [stem, usage] of byStem) {
      const base = baseOfStem(stem)
      if (best === undefined || compareReadings(form, base, usage, best, bestUsage, wanted) < 0) {
        best = base
        bestUsage = usage
      }
    }
    return best ?? form
    function compareReadings(
      f: string,
      a: string,
      aUsage: number,
      b: string,
      bUsage: number,
      want: number,
    ): number {
      const aWanted = aUsage & want ? 0 : 1
      const bWanted = bUsage & want ? 0 : 1
      if (aWanted !== bWanted) return aWanted - bWanted
      const aSelf = a === f ? 0 : 1
      const bSelf = b === f ? 0 : 1
      if (aSelf !== bSelf) return aSelf - bSelf
      const byWeight = weightOf(b) - weightOf(a)
      if (byWeight !== 0) return byWeight
      if (a.length !== b.length) return a.length - b.length
      return a < b ? -1 : a > b ? 1 : 0
    }
  }

  const rows: LexiconRow[] = []
  for (const [form, byStem] of readings) {
    let usage = 0
    for (const u of byStem.values()) usage |= u
    const lemma = choose(form, byStem, FORM_IS_WORD)
    const compoundLemma =
      usage & (FORM_BEGINS_COMPOUND | FORM_IN_COMPOUND_MIDDLE)
        ? choose(form, byStem, FORM_BEGINS_COMPOUND | FORM_IN_COMPOUND_MIDDLE)
        : lemma
    rows.push({ form, lemma, compoundLemma, usage, weight: weightOf(lemma) })
  }
  rows.sort((a, b) => (a.form < b.form ? -1 : a.form > b.form ? 1 : 0))
  return rows
}

function repairCompoundForm(form: string, isWord: (form: string) => boolean): string | undefined {
  for (const [remove, add] of COMPOUND_FORM_REPAIRS) {
    if (!form.endsWith(remove)) continue
    const candidate = form.slice(0, form.length - remove.length) + add
    if (candidate.length >= 2 && candidate !== form && isWord(candidate)) return candidate
  }
  return undefined
}

/**
 * How often each base form appears as a part of the dictionary's own lexicalised compounds
 * (as the head, or through one of its compound-begin forms, in a cut where both sides are
 * licensed compound parts). Common, productive words such as
 * "fråga" or "arbete" score high; rare or accidental substrings score zero, which is what the
 * compound splitter's tie-breaking needs.
 */
function countCompoundParticipation(
  readings: ReadonlyMap<string, ReadonlyMap<string, number>>,
  baseOfStem: (stem: string) => string,
): Map<string, number> {
  const heads = new Set<string>()
  const beginBase = new Map<string, string>()
  for (const [form, byStem] of readings) {
    for (const [stem, usage] of byStem) {
      if (stem === form && usage & FORM_ENDS_COMPOUND) heads.add(form)
      if (usage & FORM_BEGINS_COMPOUND && !beginBase.has(form))
        beginBase.set(form, baseOfStem(stem))
    }
  }
  const counts = new Map<string, number>()
  const bump = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  for (const [form, byStem] of readings) {
    if (!byStem.has(form) || form.length < 6) continue
    for (let cut = 3; cut <= form.length - 3; cut++) {
      // Count only cuts where both sides are licensed compound parts, so that pseudo-suffixes
      // ("organise|ring") do not make "ring" look productive.
      const head = form.slice(cut)
      const begin = beginBase.get(form.slice(0, cut))
      if (begin === undefined || !heads.has(head)) continue
      bump(head)
      if (begin !== head) bump(begin)
    }
  }
  return counts
}
