import type { SwedishAnalyzer, AnalyzedQuery as SwedishQuery } from '@projektbank/analyzer'
import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
import type { SearchAnalyzer } from './search-analyzer.js'

/** Words per snippet. */
const SNIPPET_WORDS = 30

/** Characters on each side of the first candidate match that are highlighted. */
const WINDOW_CHARS = 250

const ELLIPSIS = '…'

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
  const markedSnippet = (text: string, query: SwedishQuery): string | null => {
    const [snippet] = analyzer.highlight(text, query, { crop: SNIPPET_WORDS, maxSnippets: 1 })
    return snippet?.includes('<mark>') ? snippet : null
  }
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
        terms: parsed,
      }
    },
    highlight(text, query) {
      const parsed = query.terms as SwedishQuery
      const needles = needlesOf(parsed)
      if (needles.length === 0) return null
      const lower = text.toLocaleLowerCase('sv')
      if (text.length <= WINDOW_CHARS * 2) {
        return needles.some((n) => lower.includes(n)) ? markedSnippet(text, parsed) : null
      }
      // Tokenising a 15 kB background for a 30-word snippet is most of the cost of a search
      // response: highlight stretches around the first few candidates, and the whole text only
      // when none of them matches (a substring that is not a word match).
      let from = 0
      for (let tries = 0; tries < 3; tries++) {
        const at = firstIndex(lower, needles, from)
        if (at < 0) return null
        const start = text.lastIndexOf(' ', Math.max(0, at - WINDOW_CHARS)) + 1
        const end = text.indexOf(' ', Math.min(text.length, at + WINDOW_CHARS))
        const stop = end < 0 ? text.length : end
        const snippet = markedSnippet(text.slice(start, stop), parsed)
        if (snippet) {
          const head = start > 0 && !snippet.startsWith(ELLIPSIS) ? `${ELLIPSIS} ` : ''
          const tail = stop < text.length && !snippet.endsWith(ELLIPSIS) ? ` ${ELLIPSIS}` : ''
          return `${head}${snippet}${tail}`
        }
        from = stop
      }
      return markedSnippet(text, parsed)
    },
  }
}

/**
 * Lower-case stems a match must contain, for a cheap test before tokenising: inflections keep
 * the start of the stem (`fråga` → `frågorna`), compound parts appear inside the compound
 * (`expert` in `tillgänglighetsexpert`). A phrase is represented by its longest word.
 */
function needlesOf(query: SwedishQuery): string[] {
  const stem = (word: string) => word.slice(0, Math.max(3, word.length - 2))
  const needles = new Set<string>()
  for (const term of query.terms) {
    if (term.exclude) continue
    const words = term.phrase
      ? [[...term.words].sort((a, b) => b.length - a.length)[0] ?? '']
      : [...term.words, ...term.lemmas, ...term.parts]
    for (const word of words) if (word) needles.add(stem(word))
  }
  return [...needles]
}

function firstIndex(lower: string, needles: readonly string[], from: number): number {
  let first = -1
  for (const needle of needles) {
    const at = lower.indexOf(needle, from)
    if (at >= 0 && (first < 0 || at < first)) first = at
  }
  return first
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
