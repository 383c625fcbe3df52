import type { KeyBeingTyped } from './keys-being-typed.js'
import type { QueryContext } from './query-context.js'

/**
 * Whether the list under the search box, for `typed`, offers `key` first, or first a word that
 * is one of the key's readings of one word (`långtidssj`: the list offers
 * *långtidssjukskrivna*, a reading of the key *långtidssjuk*). A word being typed is read as
 * a key of the tables only then: `arb` begins *arbetslös*, but the list offers *arbetsgivare*
 * and *arbeta* first, and reading `arb` as *arbetslös* showed "Visar även resultat för
 * arbetssökande och arbetslöshet" while `arbete` was being typed. A reading of several words
 * does not count, as the list offers single words: `kor` begins *kort*, a word of the reading
 * *kort utbildning* of *kortutbildad*, but is not on its way to it.
 *
 * @example
 * listOffersKey(key, 'unga NEE', context) // true: the list offers *NEET* first
 */
export function listOffersKey(
  key: KeyBeingTyped,
  typed: string,
  { analyzer, readers, readingsOf }: QueryContext,
): boolean {
  const offered = readers().complete(typed, 1)[0]?.word.toLowerCase()
  if (offered === undefined) return false
  if (offered === key.key) return true
  const wordsOf = (text: string) => {
    const terms = analyzer.analyzeQuery(text).terms
    return terms.length === 1 ? terms.flatMap((term) => [term.text, ...term.lemmas]) : []
  }
  const offeredWords = new Set(wordsOf(offered))
  return readingsOf(analyzer.analyzeQuery(key.key)).some((reading) =>
    wordsOf(reading.to).some((word) => offeredWords.has(word)),
  )
}
