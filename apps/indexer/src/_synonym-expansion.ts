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
 * `analysed` must hold every word of the text in lower case, as `analyzeText` does: a phrase is
 * only looked for in texts whose terms have its longest word.
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
  // One pass over the terms finds every single-word trigger: this runs for every field of
  // every sheet, and a test per synonym cost as much as the analysis itself.
  const lemmaPattern = alternation(
    [...groupsOfLemma.keys()].map(escapeRegExp),
    '(?:^| )',
    '(?= |$)',
  )
  const phrases = [...groupsOfPhrase].map(([phrase, indexes]) => phraseMatcher(phrase, indexes))
  return (text, analysed) => {
    const found = new Set<number>()
    for (const match of lemmaPattern ? analysed.matchAll(lemmaPattern) : []) {
      for (const index of groupsOfLemma.get(match[1] ?? '') ?? []) found.add(index)
    }
    let terms = ` ${analysed} `
    for (const phrase of phrases) {
      if (!terms.includes(phrase.keyTerm) || !phrase.occursIn(text)) continue
      for (const index of phrase.groups) found.add(index)
    }
    if (found.size === 0) return analysed
    // In group order, so that the same text always gets the same terms in the same order.
    for (const index of [...found].sort((a, b) => a - b)) {
      for (const lemma of lemmasOfGroup[index] ?? []) {
        if (!terms.includes(` ${lemma} `)) terms += `${lemma} `
      }
    }
    return terms.slice(1, -1)
  }
}

/** A multi-word synonym and how to find it cheaply. */
interface PhraseMatcher {
  readonly groups: readonly number[]
  /**
   * The phrase's longest word, space-delimited as in the analysed terms (which hold every
   * word's own lower-case form): without it, the phrase cannot be in the text.
   */
  readonly keyTerm: string
  occursIn(text: string): boolean
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * Finds a phrase as whole words, any case, any white space between the words. The regex
 * starts with the phrase's first letters (no lookbehind, no lower-casing of the text), which
 * lets the regex engine skip through the text; the word boundary before it is checked after.
 */
function phraseMatcher(phrase: string, groups: readonly number[]): PhraseMatcher {
  const words = phrase.split(' ')
  // Letters only: a hyphenated word (`esf-rådet`) may be split by the analysis.
  const plain = words.filter((word) => /^\p{L}+$/u.test(word))
  const longest = (plain.length > 0 ? plain : words).reduce((a, b) => (b.length > a.length ? b : a))
  const pattern = new RegExp(`${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu')
  return {
    groups,
    keyTerm: ` ${longest} `,
    occursIn(text) {
      for (const match of text.matchAll(pattern)) {
        const before = text.codePointAt(match.index - 1)
        const boundary =
          match.index === 0 ||
          before === undefined ||
          !LETTER_OR_DIGIT.test(String.fromCodePoint(before))
        if (boundary) return true
      }
      return false
    },
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
