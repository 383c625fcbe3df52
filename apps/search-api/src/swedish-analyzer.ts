import type { SwedishAnalyzer, AnalyzedQuery as SwedishQuery } from '@projektbank/analyzer'
import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import { prepareSnippetQuery, type SnippetQuery, swedishSnippet } from './_swedish-snippet.js'
import type { SearchAnalyzer } from './search-analyzer.js'

/** The analysis the API and the indexing it starts share. */
export interface LoadedAnalyzer {
  /** Text → analysed terms joined by spaces, for the indexer's `svTerms` twins. */
  analyzeText: (text: string) => string
  /** Query analysis and highlighting for the routes. */
  search: SearchAnalyzer
}

/**
 * The positive terms of the analysed query: each word's compound parts BEFORE its lemma.
 * A document rarely contains the user's exact compound ("omsorgspersonal"), but its twin holds
 * the parts; Meilisearch drops query words from the end when no document has them all, so the
 * whole compound must come last for "omsorg personal" to survive.
 */
function analysedTerms(query: SwedishQuery): string {
  const seen = new Set<string>()
  for (const term of query.terms) {
    if (term.exclude || term.phrase) continue
    for (const part of term.parts) seen.add(part)
    for (const lemma of term.lemmas) seen.add(lemma)
  }
  return [...seen].join(' ')
}

const quote = (text: string) => `"${text.replaceAll('"', '')}"`

/**
 * Adapts `@projektbank/analyzer` to what the routes need.
 *
 * - raw query (original fields): phrases first (Meilisearch drops words from the end when too
 *   few documents match all), then the words, then `-word` / `-"phrase"` exclusions;
 * - analysed query (`svTerms.*` twins): the same phrases, compound parts and lemmas (`analysedTerms`), and the
 *   exclusions as typed and as lemmas, so that a document the raw query excludes cannot come
 *   back through its twin;
 * - snippets: the analyser's highlighter (inflections and compound parts marked), run only
 *   on texts that can contain a match.
 *
 * @example
 * const search = createSwedishSearchAnalyzer(loadSwedishAnalyzer())
 * search.analyzeQuery('kommunerna -covid').analysed // 'kommun -covid'
 */
export function createSwedishSearchAnalyzer(analyzer: SwedishAnalyzer): SearchAnalyzer {
  return {
    analyzeQuery(q) {
      const parsed = analyzer.analyzeQuery(q)
      const terms = parsed.terms
      // Only stop words ("och"): let Meilisearch match them rather than browse everything.
      if (terms.length === 0) {
        return {
          raw: q.trim(),
          analysed: '',
          hasPositiveTerms: q.trim() !== '',
          terms: prepareSnippetQuery(parsed),
        }
      }
      const phrases = terms.filter((t) => t.phrase && !t.exclude).map((t) => quote(t.text))
      const words = terms.filter((t) => !t.phrase && !t.exclude).map((t) => t.text)
      const excluded = terms.filter((t) => t.exclude)
      const rawExclusions = excluded.map((t) => (t.phrase ? `-${quote(t.text)}` : `-${t.text}`))
      const lemmas = analysedTerms(parsed)
      const analysedExclusions = excluded.flatMap((t) =>
        t.phrase
          ? [`-${quote(t.text)}`, `-${quote(t.lemmas.join(' '))}`]
          : [...new Set([t.text, ...t.lemmas])].map((w) => `-${w}`),
      )
      return {
        raw: [...phrases, ...words, ...rawExclusions].join(' '),
        analysed: lemmas ? [...phrases, lemmas, ...new Set(analysedExclusions)].join(' ') : '',
        hasPositiveTerms: phrases.length + words.length > 0,
        terms: prepareSnippetQuery(parsed),
      }
    },
    highlight(text, query) {
      return swedishSnippet(analyzer, text, query.terms as SnippetQuery)
    },
  }
}

/**
 * Loads the bundled Swedish lexicon (about 10 ms) and returns the indexer's text analysis and
 * the routes' query analysis over the same analyser.
 *
 * @example
 * const { analyzeText, search } = await loadAnalyzer()
 */
export async function loadAnalyzer(): Promise<LoadedAnalyzer> {
  const analyzer = loadSwedishAnalyzer()
  return {
    analyzeText: (text) => analyzer.analyzeText(text).join(' '),
    search: createSwedishSearchAnalyzer(analyzer),
  }
}
