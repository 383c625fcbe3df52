import type {
  DiacriticRestoration,
  QueryTerm,
  SwedishAnalyzer,
  AnalyzedQuery as SwedishQuery,
} from '@projektbank/analyzer'
import type { QueryRewrite } from '@projektbank/model'

/** A query as read: what to search first, what to search after it, and what changed. */
export interface RestoredQuery {
  /** The query to search: terms without å/ä/ö replaced by their spelling, unless words of their own. */
  readonly primary: SwedishQuery
  /**
   * The query with the words of their own restored too (`far` → *får*), searched after the
   * primary one; `undefined` when there are none.
   */
  readonly alternative: SwedishQuery | undefined
  readonly rewrites: readonly QueryRewrite[]
}

/**
 * Restores the diacritics of the terms of a parsed query. A word with nothing to restore, or
 * with å/ä/ö/é already, is left as it is, so a query typed with its diacritics comes back
 * unchanged. A restored word is analysed afresh (lemma, compound parts); one that turns out
 * to be a stop word (`pa` → *på*) is dropped like any stop word. Words of their own keep
 * their place in the primary query; the alternative carries their restored spelling.
 *
 * @example
 * restoreQuery(analyzer, analyzer.analyzeQuery('orebro far'), restore).rewrites
 * // [{ term: 'orebro', replacement: 'örebro', source: 'diacritics', kind: 'replaced' },
 * //  { term: 'far', replacement: 'får', source: 'diacritics', kind: 'added' }]
 */
export function restoreQuery(
  analyzer: SwedishAnalyzer,
  query: SwedishQuery,
  restoreWord: (word: string) => DiacriticRestoration | undefined,
): RestoredQuery {
  const restore = (word: string) => restoreWord(word) ?? restoreHyphenated(word, restoreWord)
  const rewrites: QueryRewrite[] = []
  const primary: QueryTerm[] = []
  const alternative: QueryTerm[] = []
  let hasAlternative = false
  const rewrite = (restoration: DiacriticRestoration, kind: QueryRewrite['kind']) => {
    const { word: term, restored: replacement } = restoration
    if (!rewrites.some((r) => r.term === term)) {
      rewrites.push({ term, replacement, source: 'diacritics', kind })
    }
  }
  for (const term of query.terms) {
    if (term.phrase) {
      // A phrase is searched as one: only words that cannot be meant as typed are restored.
      const words = term.words.map((word) => {
        const restoration = restore(word)
        if (restoration === undefined || restoration.ownWord) return word
        rewrite(restoration, 'replaced')
        return restoration.restored
      })
      const changed = words.some((word, i) => word !== term.words[i])
      const next = changed ? reanalyse(analyzer, `"${words.join(' ')}"`, term.exclude) : [term]
      primary.push(...next)
      alternative.push(...next)
      continue
    }
    const restoration = restore(term.text)
    if (restoration === undefined) {
      primary.push(term)
      alternative.push(term)
    } else if (!restoration.ownWord) {
      rewrite(restoration, 'replaced')
      const next = reanalyse(analyzer, restoration.restored, term.exclude)
      primary.push(...next)
      alternative.push(...next)
    } else if (term.exclude) {
      // An excluded word of its own is excluded as typed; excluding its other spelling
      // too would remove what the user may well want.
      primary.push(term)
      alternative.push(term)
    } else {
      rewrite(restoration, 'added')
      hasAlternative = true
      primary.push(term)
      alternative.push(...reanalyse(analyzer, restoration.restored, false))
    }
  }
  if (rewrites.length === 0) return { primary: query, alternative: undefined, rewrites }
  return {
    primary: { query: query.query, terms: primary },
    alternative: hasAlternative ? { query: query.query, terms: alternative } : undefined,
    rewrites,
  }
}

/** The terms of `text` analysed as a query, with the exclusion of the term it replaces. */
function reanalyse(analyzer: SwedishAnalyzer, text: string, exclude: boolean): QueryTerm[] {
  return analyzer.analyzeQuery(text).terms.map((term) => ({ ...term, exclude }))
}

/**
 * A hyphenated word restored piece by piece (`malung-salen` → *malung-sälen*, `esf-stod` →
 * *esf-stöd*): the restorer takes single words only. The whole is no word of its own even
 * when a piece is (*salen*, *stod*): the hyphen makes it one name or compound.
 */
function restoreHyphenated(
  word: string,
  restore: (word: string) => DiacriticRestoration | undefined,
): DiacriticRestoration | undefined {
  if (!word.includes('-')) return undefined
  const pieces = word.split('-').map((piece) => restore(piece))
  const first = pieces.find((piece) => piece !== undefined)
  if (first === undefined) return undefined
  const restored = word
    .split('-')
    .map((piece, i) => pieces[i]?.restored ?? piece)
    .join('-')
  return { word, restored, ownWord: false, source: first.source }
}
