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
  const compiled = groups.map((group) =>
    group.terms.map((term) => {
      const lemmas = toTermsQuery(analyzer.analyzeQuery(term))
      const words = term.trim().toLocaleLowerCase('sv').split(/\s+/)
      return {
        lemmas: lemmas.split(' ').filter(Boolean),
        // A multi-word term must appear as a phrase: its words one by one are far too common.
        phrase:
          words.length > 1
            ? new RegExp(
                `(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`,
                'u',
              )
            : undefined,
      }
    }),
  )
  return (text, analysed) => {
    const terms = new Set(analysed.split(' '))
    const added: string[] = []
    let lower: string | undefined
    for (const members of compiled) {
      const present = members.some((member) => {
        if (member.phrase) {
          lower ??= text.toLocaleLowerCase('sv')
          return member.phrase.test(lower)
        }
        const [lemma] = member.lemmas
        return lemma !== undefined && terms.has(lemma)
      })
      if (!present) continue
      for (const member of members) {
        for (const lemma of member.lemmas) {
          if (!terms.has(lemma)) {
            terms.add(lemma)
            added.push(lemma)
          }
        }
      }
    }
    return added.length === 0 ? analysed : `${analysed} ${added.join(' ')}`
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
