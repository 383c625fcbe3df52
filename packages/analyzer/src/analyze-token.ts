import type { WordAnalysis } from './analyze-word.js'
import { FORM_IS_WORD } from './lexicon/format.js'
import type { Lexicon } from './lexicon/lexicon.js'
import type { Token } from './tokenize.js'

/**
 * A token with what the analyzer made of it.
 *
 * @example
 * const analysed: AnalyzedToken = {
 *   token: { text: 'esf-rådet', start: 0, end: 9, numeric: false, parts: [] },
 *   lemma: 'esf-råd', stopword: false, terms: ['esf-rådet', 'esf-råd', 'esf', 'rådet', 'råd'],
 * }
 */
export interface AnalyzedToken {
  readonly token: Token
  /** Base form of the whole token; for joined words the last piece is lemmatised ("esf-råd"). */
  readonly lemma: string
  readonly stopword: boolean
  /** Terms to index for the token, de-duplicated; empty for stop words. */
  readonly terms: readonly string[]
}

/**
 * Builds the per-token step: plain words go to the word analyzer; numbers are kept as written
 * with their pieces; joined words ("ESF-rådet") keep the whole, a lemma with the last piece
 * lemmatised, and every piece's own terms.
 *
 * @example
 * const analyzeToken = createTokenAnalyzer(lexicon, analyzeWord)
 * analyzeToken(tokenize('ESF-rådet')[0]).terms // ['esf-rådet', 'esf-råd', 'esf', 'rådet', 'råd']
 */
export function createTokenAnalyzer(
  lexicon: Lexicon,
  analyzeWord: (word: string) => WordAnalysis,
): (token: Token) => AnalyzedToken {
  return (token) => {
    if (token.parts.length === 0 && !token.numeric) {
      const analysis = analyzeWord(token.text)
      return { token, lemma: analysis.lemma, stopword: analysis.stopword, terms: analysis.terms }
    }
    const terms = new Set<string>([token.text])
    let lemma = token.text
    if (token.numeric) {
      for (const part of token.parts) terms.add(part.text)
      return { token, lemma, stopword: false, terms: [...terms] }
    }
    const rank = lexicon.rankOf(token.text)
    if (rank >= 0 && (lexicon.usageAt(rank) & FORM_IS_WORD) !== 0) {
      lemma = lexicon.lemmaAt(rank, token.text) // "e-posten" → "e-post"
    } else {
      const last = token.parts[token.parts.length - 1]
      if (last !== undefined && token.text.endsWith(last.text)) {
        const head = analyzeWord(last.text)
        if (!head.stopword)
          lemma = token.text.slice(0, token.text.length - last.text.length) + head.lemma
      }
    }
    terms.add(lemma)
    for (const part of token.parts) for (const term of analyzeWord(part.text).terms) terms.add(term)
    return { token, lemma, stopword: false, terms: [...terms] }
  }
}
