import type { AnalyzedToken } from '../analyze-token.js'
import type { AnalyzedQuery } from '../query/analyze-query.js'

/**
 * A stretch of the original text that matches a query term.
 *
 * @example
 * const match: MatchRange = { start: 4, end: 14, term: 0 }
 */
export interface MatchRange {
  /** Offsets in the original text (UTF-16 code units, end exclusive). */
  readonly start: number
  readonly end: number
  /** Index of the matching term in `AnalyzedQuery.terms`. */
  readonly term: number
}

/** The first of the token's text, lemma and terms that `keys` holds (no allocation: hot path). */
function firstKeyIn(
  token: AnalyzedToken,
  keys: ReadonlySet<string> | ReadonlyMap<string, number>,
): string | undefined {
  if (keys.has(token.token.text)) return token.token.text
  if (keys.has(token.lemma)) return token.lemma
  for (const term of token.terms) if (keys.has(term)) return term
  return undefined
}

/**
 * A match located by token indices too, for window selection.
 *
 * @example
 * const match: TokenMatch = { start: 4, end: 14, term: 0, firstToken: 1, lastToken: 1 }
 */
export interface TokenMatch extends MatchRange {
  readonly firstToken: number
  readonly lastToken: number
}

/**
 * Finds the tokens whose analysis meets a query term's analysis. A word term matches a token
 * when the term's text or lemma is among the token's text, lemma and index terms (so
 * "kommuner" finds "kommunerna", "expert" finds "tillgänglighetsexpert"); a phrase matches a
 * run of consecutive tokens that each match the phrase's word at that position. Excluded terms
 * are never marked. Matches come back in text order and never overlap.
 *
 * @example
 * findTokenMatches(analyzer.analyzeTokens('Tre kommuner.'), analyzer.analyzeQuery('kommun'))
 * // [{ start: 4, end: 12, term: 0, firstToken: 1, lastToken: 1 }]
 */
export function findTokenMatches(
  tokens: readonly AnalyzedToken[],
  query: AnalyzedQuery,
): TokenMatch[] {
  const wordTerms = new Map<string, number>()
  const phrases: { term: number; keys: ReadonlySet<string>[] }[] = []
  query.terms.forEach((term, index) => {
    if (term.exclude) return
    if (term.phrase) {
      phrases.push({
        term: index,
        keys: term.words.map((word, i) => new Set([word, term.lemmas[i] ?? word])),
      })
      return
    }
    for (const key of [term.text, ...term.lemmas])
      if (!wordTerms.has(key)) wordTerms.set(key, index)
  })

  const matches: TokenMatch[] = []
  let i = 0
  while (i < tokens.length) {
    const token = tokens[i] as AnalyzedToken
    let phraseEnd = -1
    let phraseTerm = -1
    for (const phrase of phrases) {
      const end = i + phrase.keys.length - 1
      if (end >= tokens.length || end <= phraseEnd) continue
      const all = phrase.keys.every(
        (wanted, k) => firstKeyIn(tokens[i + k] as AnalyzedToken, wanted) !== undefined,
      )
      if (all) {
        phraseEnd = end
        phraseTerm = phrase.term
      }
    }
    if (phraseEnd >= 0) {
      const last = tokens[phraseEnd] as AnalyzedToken
      matches.push({
        start: token.token.start,
        end: last.token.end,
        term: phraseTerm,
        firstToken: i,
        lastToken: phraseEnd,
      })
      i = phraseEnd + 1
      continue
    }
    const key = wordTerms.size > 0 ? firstKeyIn(token, wordTerms) : undefined
    if (key !== undefined) {
      const term = wordTerms.get(key) as number
      matches.push({
        start: token.token.start,
        end: token.token.end,
        term,
        firstToken: i,
        lastToken: i,
      })
    }
    i++
  }
  return matches
}
