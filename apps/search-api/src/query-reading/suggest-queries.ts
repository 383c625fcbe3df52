import type { SwedishAnalyzer } from '@projektbank/analyzer'
import { nearestIndexWord } from './_nearest-word.js'
import type { IndexVocabulary } from './vocabulary.js'

/** Shortest word a suggestion replaces: shorter ones have too many neighbours. */
const MIN_SUGGESTED_WORD_LENGTH = 4

/**
 * Queries to offer when `q` found nothing, best first ("Menade du …?"): the query as the
 * search reads it (when it was searched verbatim), then the query with every word that is
 * not in the index replaced by the index word closest to it (edit distance ≤ 2, the most
 * frequent among equals), then that query without the words that are still unknown, unless
 * only stop words are left. The caller keeps the first one that finds something.
 *
 * @example
 * suggestQueries(analyzer, vocabulary, 'stodd till unga', 'stodd till unga')
 * // ['stöd till unga', 'till unga']
 */
export function suggestQueries(
  analyzer: SwedishAnalyzer,
  vocabulary: IndexVocabulary | undefined,
  q: string,
  read: string,
): string[] {
  const candidates: string[] = []
  const typed = q.trim().toLowerCase()
  if (read.toLowerCase() !== typed) candidates.push(read)
  if (vocabulary !== undefined) {
    const words = typed.split(/\s+/).filter(Boolean)
    const nearest = words.map((word) => nearestWord(analyzer, vocabulary, word))
    const replaced = nearest.map((found, i) => found ?? words[i] ?? '').join(' ')
    if (replaced !== typed) candidates.push(replaced)
    // Words neither the index nor a neighbour of theirs knows are left out.
    const known = words.filter(
      (word, i) => nearest[i] !== null || isKnown(analyzer, vocabulary, word),
    )
    const kept = known.map((word) => nearest[words.indexOf(word)] ?? word).join(' ')
    if (kept !== '' && kept !== typed) candidates.push(kept)
  }
  // Only stop words left ("i", "och") would browse everything: no answer to the query.
  return [...new Set(candidates)].filter(
    (c) => c.toLowerCase() !== typed && analyzer.analyzeQuery(c).terms.length > 0,
  )
}

/** The index word closest to `word`, `undefined` when it is known, `null` when nothing is near. */
function nearestWord(
  analyzer: SwedishAnalyzer,
  vocabulary: IndexVocabulary,
  word: string,
): string | undefined | null {
  if (isKnown(analyzer, vocabulary, word)) return undefined
  if (word.length < MIN_SUGGESTED_WORD_LENGTH || !/^[\p{Ll}-]+$/u.test(word)) return null
  const best = nearestIndexWord(vocabulary, word, 2)
  return best?.word ?? null
}

/** A stop word, an index word, or a word whose lemma the index holds. */
function isKnown(analyzer: SwedishAnalyzer, vocabulary: IndexVocabulary, word: string): boolean {
  if (vocabulary.has(word)) return true
  const terms = analyzer.analyzeQuery(word).terms
  return terms.every((t) => t.lemmas.every((lemma) => vocabulary.has(lemma)))
}
