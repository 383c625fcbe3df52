import type { AnalyzedToken } from '../analyze-token.js'
import type { WordAnalysis } from '../analyze-word.js'
import { type Token, tokenize } from '../tokenize.js'

/**
 * One term of a search query.
 *
 * @example
 * const term: QueryTerm = {
 *   text: 'kommunerna', words: ['kommunerna'], lemmas: ['kommun'], parts: [],
 *   exclude: false, phrase: false,
 * }
 */
export interface QueryTerm {
  /** Normalised text of the term; for a phrase, its words joined by single spaces. */
  readonly text: string
  /** The normalised words (one for a word term). */
  readonly words: readonly string[]
  /** Base form of each word. */
  readonly lemmas: readonly string[]
  /** Base forms of compound parts or hyphenated pieces (word terms only). */
  readonly parts: readonly string[]
  /** Written with a leading minus: results must not contain it. */
  readonly exclude: boolean
  /** Written in double quotes: the words must appear together, in order. */
  readonly phrase: boolean
}

/**
 * An analysed search query.
 *
 * @example
 * const query: AnalyzedQuery = { query: 'och', terms: [] } // only a stop word
 */
export interface AnalyzedQuery {
  /** The query as typed. */
  readonly query: string
  readonly terms: readonly QueryTerm[]
}

const OPENING_QUOTES = '"\u201c\u201d\u201e'

/**
 * Parses and analyses a query: quoted phrases stay phrases ("psykisk ohälsa"), a minus before a
 * word or phrase excludes it (-covid), stop words outside phrases are dropped, and each word
 * gets its lemma and compound parts. An unclosed quote runs to the end of the query.
 *
 * @example
 * const analyze = createQueryAnalyzer(analyzeToken, analyzeWord)
 * analyze('"psykisk ohälsa" -covid kommunerna').terms.map((t) => [t.text, t.phrase, t.exclude])
 * // [['psykisk ohälsa', true, false], ['covid', false, true], ['kommunerna', false, false]]
 */
export function createQueryAnalyzer(
  analyzeToken: (token: Token) => AnalyzedToken,
  analyzeWord: (word: string) => WordAnalysis,
): (query: string) => AnalyzedQuery {
  const wordTerm = (token: Token, exclude: boolean): QueryTerm | undefined => {
    const analysed = analyzeToken(token)
    if (analysed.stopword && !exclude) return undefined
    const parts =
      token.parts.length > 0
        ? token.parts.map((part) => analyzeWord(part.text).lemma)
        : (analyzeWord(token.text).compound?.parts.map((part) => part.lemma) ?? [])
    return {
      text: token.text,
      words: [token.text],
      lemmas: [analysed.lemma],
      parts,
      exclude,
      phrase: false,
    }
  }

  return (query) => {
    const terms: QueryTerm[] = []
    let i = 0
    while (i < query.length) {
      const char = query[i] as string
      if (/\s/u.test(char)) {
        i++
        continue
      }
      let exclude = false
      if (char === '-' && i + 1 < query.length && !/\s/u.test(query[i + 1] as string)) {
        exclude = true
        i++
      }
      if (OPENING_QUOTES.includes(query[i] as string)) {
        const close = findClosingQuote(query, i + 1)
        const tokens = tokenize(query.slice(i + 1, close))
        i = close + 1
        if (tokens.length === 0) continue
        const words = tokens.map((token) => token.text)
        terms.push({
          text: words.join(' '),
          words,
          lemmas: tokens.map((token) => analyzeToken(token).lemma),
          parts: [],
          exclude,
          phrase: true,
        })
        continue
      }
      let end = i
      while (
        end < query.length &&
        !/\s/u.test(query[end] as string) &&
        !OPENING_QUOTES.includes(query[end] as string)
      )
        end++
      for (const token of tokenize(query.slice(i, end))) {
        const term = wordTerm(token, exclude)
        if (term !== undefined) terms.push(term)
      }
      i = Math.max(end, i + 1)
    }
    return { query, terms }
  }
}

function findClosingQuote(query: string, from: number): number {
  for (let i = from; i < query.length; i++) {
    if (OPENING_QUOTES.includes(query[i] as string)) return i
  }
  return query.length
}

/**
 * Renders the analysed query for the indexer's hidden `svTerms` field: the lemma of every term
 * that is neither excluded nor a phrase, de-duplicated, separated by spaces. Phrases and
 * exclusions are for the search engine's own query syntax on the visible fields.
 *
 * @example
 * toTermsQuery(analyzer.analyzeQuery('"psykisk ohälsa" -covid kommunerna frågor'))
 * // 'kommun fråga'
 */
export function toTermsQuery(query: AnalyzedQuery): string {
  const seen = new Set<string>()
  for (const term of query.terms) {
    if (term.exclude || term.phrase) continue
    for (const lemma of term.lemmas) seen.add(lemma)
  }
  return [...seen].join(' ')
}
