import {
  type SwedishAnalyzer,
  type AnalyzedQuery as SwedishQuery,
  toTermsQuery,
} from '@projektbank/analyzer'
import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import type { SearchAnalyzer } from './search-analyzer.js'

/** Words per snippet. */
const SNIPPET_WORDS = 30

/** The analysis the API and the indexing it starts share. */
export interface LoadedAnalyzer {
  /** Text → analysed terms joined by spaces, for the indexer's `svTerms` twins. */
  analyzeText: (text: string) => string
  /** Query analysis and highlighting for the routes. */
  search: SearchAnalyzer
}

const quote = (text: string) => `"${text.replaceAll('"', '')}"`

/**
 * Adapts `@projektbank/analyzer` to what the routes need.
 *
 * - raw query (original fields): phrases first (Meilisearch drops words from the end when too
 *   few documents match all), then the words, then `-word` / `-"phrase"` exclusions;
 * - analysed query (`svTerms.*` twins): the same phrases, the lemmas (`toTermsQuery`), and the
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
        return { raw: q.trim(), analysed: '', hasPositiveTerms: q.trim() !== '', terms: parsed }
      }
      const phrases = terms.filter((t) => t.phrase && !t.exclude).map((t) => quote(t.text))
      const words = terms.filter((t) => !t.phrase && !t.exclude).map((t) => t.text)
      const excluded = terms.filter((t) => t.exclude)
      const rawExclusions = excluded.map((t) => (t.phrase ? `-${quote(t.text)}` : `-${t.text}`))
      const lemmas = toTermsQuery(parsed)
      const analysedExclusions = excluded.flatMap((t) =>
        t.phrase
          ? [`-${quote(t.text)}`, `-${quote(t.lemmas.join(' '))}`]
          : [...new Set([t.text, ...t.lemmas])].map((w) => `-${w}`),
      )
      return {
        raw: [...phrases, ...words, ...rawExclusions].join(' '),
        analysed: lemmas ? [...phrases, lemmas, ...new Set(analysedExclusions)].join(' ') : '',
        hasPositiveTerms: phrases.length + words.length > 0,
        terms: parsed,
      }
    },
    highlight(text, query) {
      const parsed = query.terms as SwedishQuery
      if (!mayMatch(text, parsed)) return null
      const [snippet] = analyzer.highlight(text, parsed, { crop: SNIPPET_WORDS, maxSnippets: 1 })
      return snippet?.includes('<mark>') ? snippet : null
    },
  }
}

/**
 * A cheap test before tokenising a whole text: does it contain the start of any query word,
 * lemma or compound part? Inflections keep the start of the stem (`fråga` → `frågorna`), compound
 * parts appear inside the compound (`expert` in `tillgänglighetsexpert`).
 */
function mayMatch(text: string, query: SwedishQuery): boolean {
  const lower = text.toLocaleLowerCase('sv')
  return query.terms.some(
    (term) =>
      !term.exclude &&
      [...term.words, ...term.lemmas, ...term.parts].some((word) =>
        lower.includes(word.slice(0, Math.max(3, word.length - 2))),
      ),
  )
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
