import { type AnalyzedQuery, createQueryExpander } from '@projektbank/analyzer'
import type { SynonymPair } from './measurements.js'
import { thesaurusRow } from './thesaurus-row.js'

/** A query to look for pairs in: its id and the texts to read (as typed, as the API read it). */
export interface QueryReadings {
  id: string
  texts: readonly string[]
}

/**
 * The pairs whose word some query holds (matched as the API's expander matches a thesaurus
 * row: on lemmas and words as typed, whole words only), each with the ids of those queries, in the
 * order of `pairs`. Only these can change a result of the set; the others are untested.
 *
 * @example
 * findTriggeredPairs([{ from: 'far', to: 'pappa' }], [{ id: 'nd-20', texts: ['far'] }], analyze)
 * // [{ from: 'far', to: 'pappa', queryIds: ['nd-20'] }]
 */
export function findTriggeredPairs(
  pairs: readonly SynonymPair[],
  queries: readonly QueryReadings[],
  analyze: (query: string) => AnalyzedQuery,
): (SynonymPair & { queryIds: string[] })[] {
  const tosOf = new Map<string, string[]>()
  for (const pair of pairs) tosOf.set(pair.from, [...(tosOf.get(pair.from) ?? []), pair.to])
  const idsOf = new Map<string, Set<string>>()
  for (const [from, to] of tosOf) {
    const expand = createQueryExpander(analyze, [thesaurusRow(from, to)])
    for (const query of queries) {
      for (const text of query.texts) {
        for (const expansion of expand(analyze(text))) {
          const key = `${from}\u0000${expansion.to}`
          idsOf.set(key, (idsOf.get(key) ?? new Set()).add(query.id))
        }
      }
    }
  }
  return pairs.flatMap((pair) => {
    const ids = idsOf.get(`${pair.from}\u0000${pair.to}`)
    return ids === undefined ? [] : [{ ...pair, queryIds: [...ids] }]
  })
}
