import {
  FORM_BEGINS_COMPOUND,
  FORM_ENDS_COMPOUND,
  FORM_IN_COMPOUND_MIDDLE,
  FORM_IS_WORD,
} from '../../src/lexicon/format.js'
import type { AffixFile, AffixRule } from './parse-affix-file.js'
import type { DictionaryEntry } from './parse-dictionary-file.js'

/**
 * One generated word form with the stem it came from.
 *
 * @example
 * const form: ExpandedForm = { form: 'frågor', stem: 'fråga', usage: FORM_IS_WORD | FORM_ENDS_COMPOUND }
 */
export interface ExpandedForm {
  readonly form: string
  readonly stem: string
  /** `FORM_*` bits. */
  readonly usage: number
}

/**
 * Expands every dictionary entry through its affix rules (suffixes, prefixes, their cross
 * products and one level of continuation suffixes), calling `emit` for each form. Compound
 * usage follows Hunspell: the stem's COMPOUNDBEGIN/MIDDLE flags carry over to affixed forms
 * only through an affix marked with a compound flag itself, while COMPOUNDEND carries over to
 * every suffixed form (a compound's head inflects: "arbetsmarknads|frågorna").
 *
 * @example
 * expandForms(parseAffixFile('SFX A Y 1\nSFX A 0 s .\n'), [{ stem: 'Göran', flags: 'A' }], console.log)
 * // { form: 'göran', stem: 'göran', usage: 1 } and { form: 'görans', stem: 'göran', usage: 1 }
 */
export function expandForms(
  aff: AffixFile,
  entries: readonly DictionaryEntry[],
  emit: (form: ExpandedForm) => void,
): void {
  const has = (flags: string, flag: string | undefined): boolean =>
    flag !== undefined && flags.includes(flag)

  for (const { stem: rawStem, flags } of entries) {
    if (has(flags, aff.forbiddenFlag)) continue
    const stem = rawStem.toLowerCase()
    const onlyInCompound = has(flags, aff.onlyInCompoundFlag)
    const stemBegins = has(flags, aff.compoundBeginFlag)
    const stemMiddle = has(flags, aff.compoundMiddleFlag)
    const stemEnds = has(flags, aff.compoundEndFlag)

    const usageOf = (continuation: string, affixed: boolean): number => {
      let usage = 0
      const affixOnlyInCompound = has(continuation, aff.onlyInCompoundFlag)
      if (!onlyInCompound && !affixOnlyInCompound) usage |= FORM_IS_WORD
      // An affixed form keeps the stem's begin/middle rights only when the affix itself
      // grants compound use; the dictionary's linking forms (arbetsmarknad+s) work that way.
      if (has(continuation, aff.compoundBeginFlag) || (stemBegins && !affixed))
        usage |= FORM_BEGINS_COMPOUND
      if (has(continuation, aff.compoundMiddleFlag) || (stemMiddle && !affixed))
        usage |= FORM_IN_COMPOUND_MIDDLE
      if (has(continuation, aff.compoundEndFlag) || stemEnds) usage |= FORM_ENDS_COMPOUND
      return usage
    }
    const push = (form: string, usage: number): void => {
      if (usage !== 0) emit({ form: form.toLowerCase(), stem, usage })
    }

    if (!has(flags, aff.needAffixFlag)) push(rawStem, usageOf('', false))

    const suffixed: { form: string; crossProduct: boolean }[] = []
    for (const flag of flags) {
      const cls = aff.suffixes.get(flag)
      if (cls === undefined) continue
      for (const rule of cls.rules) {
        const form = applySuffix(rawStem, rule)
        if (form === undefined) continue
        push(form, usageOf(rule.continuation, true))
        if (cls.crossProduct) suffixed.push({ form, crossProduct: true })
        // Twofold suffixes: a continuation flag naming another suffix class.
        for (const next of rule.continuation) {
          const inner = aff.suffixes.get(next)
          if (inner === undefined) continue
          for (const innerRule of inner.rules) {
            const twice = applySuffix(form, innerRule)
            if (twice !== undefined) push(twice, usageOf(innerRule.continuation, true))
          }
        }
      }
    }

    for (const flag of flags) {
      const cls = aff.prefixes.get(flag)
      if (cls === undefined) continue
      for (const rule of cls.rules) {
        const form = applyPrefix(rawStem, rule)
        if (form !== undefined) push(form, usageOf(rule.continuation, true))
        if (!cls.crossProduct) continue
        for (const base of suffixed) {
          const both = applyPrefix(base.form, rule)
          if (both !== undefined) push(both, usageOf(rule.continuation, true))
        }
      }
    }
  }
}

function applySuffix(stem: string, rule: AffixRule): string | undefined {
  if (!stem.endsWith(rule.strip) || !rule.condition.test(stem)) return undefined
  if (rule.strip.length >= stem.length && rule.add === '') return undefined
  return stem.slice(0, stem.length - rule.strip.length) + rule.add
}

function applyPrefix(stem: string, rule: AffixRule): string | undefined {
  if (!stem.startsWith(rule.strip) || !rule.condition.test(stem)) return undefined
  if (rule.strip.length >= stem.length && rule.add === '') return undefined
  return rule.add + stem.slice(rule.strip.length)
}
