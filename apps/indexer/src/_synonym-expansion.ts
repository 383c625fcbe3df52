import { type SwedishAnalyzer, toTermsQuery } from '@projektbank/analyzer'
import type { SynonymGroup } from './index-settings.js'

/**
 * Adds synonyms to the analysed twins at index time: when a text holds one term of a group,
 * the analysed form of every other term of the group is added to its `svTerms`.
 *
 * Why not only Meilisearch's `synonyms` setting: with `localizedAttributes` set to Swedish
 * (needed so that å/ä/ö stay distinct), Meilisearch 1.21 never matches a synonym that contains
 * å, ä or ö — its synonyms are normalised without the locale, the documents with it. Most of our
 * groups have such a term (Arbetsförmedlingen, funktionsnedsättning, nyanländ), so the analysed
 * twins carry the synonyms themselves, in the form the search API's analysed query uses
 * (`toTermsQuery`: lemmas). The setting stays for the plain fields, where it works for terms
 * without those letters (SKR, ESF, Socialfonden).
 *
 * @example
 * const expand = createSynonymExpansion(SYNONYM_GROUPS, analyzer)
 * expand('Personer med funktionsnedsättning', 'personer person funktionsnedsättning funktion nedsättning')
 * // '… funktionsnedsättning funktion nedsättning funktionshinder'
 */
export function createSynonymExpansion(
  groups: readonly SynonymGroup[],
  analyzer: SwedishAnalyzer,
): (text: string, analysed: string) => string {
  const groupsOfLemma = new Map<string, number[]>()
  const groupsOfPhrase = new Map<string, number[]>()
  const lemmasOfGroup = groups.map((group, index) => {
    const lemmas: string[] = []
    for (const term of group.terms) {
      const termLemmas = toTermsQuery(analyzer.analyzeQuery(term)).split(' ').filter(Boolean)
      lemmas.push(...termLemmas)
      const words = term.trim().toLowerCase().split(/\s+/)
      // A single word is present when its lemma is one of the analysed terms. A multi-word
      // term must appear as a phrase: its words one by one are far too common.
      const [key, map] =
        words.length === 1 ? [termLemmas[0], groupsOfLemma] : [words.join(' '), groupsOfPhrase]
      if (key) map.set(key, [...(map.get(key) ?? []), index])
    }
    return [...new Set(lemmas)]
  })
  // One pass over the terms and one over the text find every trigger: this runs for every
  // field of every sheet, and a test per synonym cost as much as the analysis itself.
  const lemmaPattern = alternation(
    [...groupsOfLemma.keys()].map(escapeRegExp),
    '(?:^| )',
    '(?= |$)',
  )
  const phrasePattern = alternation(
    [...groupsOfPhrase.keys()].map((phrase) => phrase.split(' ').map(escapeRegExp).join('\\s+')),
    '(?<![\\p{L}\\p{N}])',
    '(?![\\p{L}\\p{N}])',
  )
  return (text, analysed) => {
    const found = new Set<number>()
    for (const match of lemmaPattern ? analysed.matchAll(lemmaPattern) : []) {
      for (const index of groupsOfLemma.get(match[1] ?? '') ?? []) found.add(index)
    }
    if (phrasePattern) {
      for (const match of text.toLowerCase().matchAll(phrasePattern)) {
        const phrase = (match[1] ?? '').split(/\s+/).join(' ')
        for (const index of groupsOfPhrase.get(phrase) ?? []) found.add(index)
      }
    }
    if (found.size === 0) return analysed
    let terms = ` ${analysed} `
    for (const index of found) {
      for (const lemma of lemmasOfGroup[index] ?? []) {
        if (!terms.includes(` ${lemma} `)) terms += `${lemma} `
      }
    }
    return terms.slice(1, -1)
  }
}

/** `before(a|b|…)after`, longest alternative first; the alternatives are regular expressions. */
function alternation(
  patterns: readonly string[],
  before: string,
  after: string,
): RegExp | undefined {
  if (patterns.length === 0) return undefined
  const body = [...patterns].sort((a, b) => b.length - a.length).join('|')
  return new RegExp(`${before}(${body})${after}`, 'gu')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
