import { isStopword, type SwedishAnalyzer } from '@projektbank/analyzer'
import { withPrefix } from './_sorted-strings.js'
import type { IndexVocabulary } from './vocabulary.js'

/** What a word of the vocabulary is as a completion. */
export interface OfferedWord {
  /**
   * The word's lemma: the forms of one word (*kommun*, *kommunerna*, *kommunens*) are one
   * completion.
   */
  family: string
  /**
   * Some project's text surely writes the word as it stands: more projects hold it than
   * the words around it that could have put it into the vocabulary (see
   * {@link createWordJudge}). False when that cannot be told.
   */
  written: boolean
}

/** Words looked at on each side (beginning with the word, ending in it) per verdict. */
const PRODUCER_SCAN = 100

/**
 * Tells which words of an index's vocabulary may be offered as completions, and which of
 * them surely stand in some text as written. The vocabulary is the twins' words: what the
 * texts write, but also lemmas (*sakna* of *saknas*), compound parts (*förmedling* of
 * *arbetsförmedlingen*, *kart* of *kartläggning*), Snowball's stems of words the lexicon
 * lacks (`samhandl` of *samhandla*) and the pieces of hyphenated words (`sius` of
 * *sius-konsulenter*). A word holds for sure as written when more projects hold it than the
 * words that could have produced it: those of the vocabulary that begin or end with it and
 * whose analysis gives it, and the hyphenated words it is a piece of.
 *
 * A word is offered when the lexicon knows it as a word or reads it as a compound, and a
 * word the lexicon does not know only when it is surely written (that keeps out stems,
 * pieces and typos' fragments); never a number, a stop word or a form the lexicon knows only
 * inside compounds (`föräldra`, `neuro`). Verdicts are kept per word.
 *
 * @example
 * const offered = createWordJudge(analyzer, vocabulary)
 * offered('kommunerna') // { family: 'kommun', written: true }
 * offered('samhandl') // undefined
 */
export function createWordJudge(
  analyzer: SwedishAnalyzer,
  vocabulary: IndexVocabulary | undefined,
): (word: string) => OfferedWord | undefined {
  const verdicts = new Map<string, OfferedWord | null>()
  const count = (word: string) => vocabulary?.count(word) ?? 0
  let around: { pieces: Map<string, number>; reversed: string[] } | undefined
  // Built on first need, once per vocabulary: one pass over the words, one sort.
  const wordsAround = () => {
    if (around !== undefined) return around
    const pieces = new Map<string, number>()
    const reversed: string[] = []
    for (const word of vocabulary?.prefixIndex().wordsStartingWith('', Infinity) ?? []) {
      reversed.push(reverse(word))
      if (!word.includes('-')) continue
      for (const piece of word.split('-')) pieces.set(piece, (pieces.get(piece) ?? 0) + count(word))
    }
    // The default sort compares code units, as `withPrefix` expects.
    around = { pieces, reversed: reversed.sort() }
    return around
  }
  const producedElsewhere = (word: string) => {
    const { pieces, reversed } = wordsAround()
    const neighbours = new Set([
      // Inflected forms need not begin with their lemma (*gäller* of *gälla*, *kvinnor* of
      // *kvinna*): the words sharing all but its last two letters.
      ...(vocabulary?.prefixIndex().wordsStartingWith(stemOf(word), PRODUCER_SCAN) ?? []),
      ...withPrefix(reversed, reverse(word), PRODUCER_SCAN).map(reverse),
    ])
    let produced = pieces.get(word) ?? 0
    for (const other of neighbours) {
      if (other !== word && analyzer.analyzeText(other).includes(word)) {
        produced += count(other)
      }
    }
    return produced
  }
  const judge = (word: string): OfferedWord | null => {
    if (/\p{N}/u.test(word) || isStopword(word)) return null
    const analysis = analyzer.analyzeWord(word)
    const known = analysis.lemmaSource === 'lexicon' || analysis.lemmaSource === 'compound'
    // Known to the lexicon, but not as a word: a form that only begins or ends compounds.
    if (!known && analyzer.lexicon.rankOf(word) >= 0) return null
    const written = count(word) > producedElsewhere(word)
    return known || written ? { family: analysis.lemma, written } : null
  }
  return (word) => {
    let verdict = verdicts.get(word)
    if (verdict === undefined) {
      verdict = judge(word)
      verdicts.set(word, verdict)
    }
    return verdict ?? undefined
  }
}

const stemOf = (word: string) => word.slice(0, Math.max(3, word.length - 2))

// Code units, not code points: a word and its ending are reversed alike either way.
const reverse = (word: string) => word.split('').reverse().join('')
