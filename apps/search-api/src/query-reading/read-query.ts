import {
  type DiacriticRestoration,
  hasDiacritics,
  type SwedishAnalyzer,
  type AnalyzedQuery as SwedishQuery,
} from '@projektbank/analyzer'
import { correctQuery } from './correct-query.js'
import type { TypoCorrection } from './correct-typo.js'
import type { KeyWordTyped } from './keys-being-typed.js'
import { foldNordicLetters, hasNordicLetters } from './nordic-letters.js'
import { type RestoredQuery, restoreQuery } from './restore-query.js'
import { soleWordBegun } from './sole-word-begun.js'
import { MARKED_COMPLETIONS } from './word-being-typed.js'

/** A word's spelling with å/ä/ö back, from the index, the place names or the lexicon. */
export type Restore = (word: string) => DiacriticRestoration | undefined

/** What {@link readQuery} asks of the index's words, the place names and the lexicon. */
export interface WordReaders {
  /** The word with its diacritics back; `undefined` when it has none to restore. */
  restore: Restore
  /** The word the typo corrector puts in place of a slip; `undefined` for no slip. */
  correct: (word: string) => TypoCorrection | undefined
  /** The beginning being typed with its diacritics back (`orebr` → *örebr*). */
  restorePrefix: (typed: string) => string | undefined
  /** Whether some word of the index begins with the word or one of its lemmas. */
  indexHolds: (word: string) => boolean
  /** Whether the index has the word itself (place names not counted); true with no index. */
  isIndexWord: (word: string) => boolean
  /** Whether the word is the name of a place of the model's code lists (`malå`). */
  isPlaceName: (word: string) => boolean
  /** Whether the word as typed is a key of the expansion table (`staff`); absent: none is. */
  isKeyAsTyped?: (word: string) => boolean
  /** Whether some word of the index, or place name, begins with what is typed. */
  beginsAWord: (typed: string) => boolean
  /**
   * Whether some word the texts write begins with what is typed: a word of the index, a place
   * name, or a stop word, which the index's twins leave out but Meilisearch finds in the texts
   * (`varj` of *varje*).
   */
  beginsAWrittenWord: (typed: string) => boolean
  /** The words of the index and the place names that begin with what is typed. */
  wordsBeginning: (typed: string) => string[]
}

/** Whether the lexicon knows the word or reads it as a compound. */
const isAWord = (analyzer: SwedishAnalyzer, word: string) => {
  const { lemmaSource } = analyzer.analyzeWord(word)
  return lemmaSource === 'lexicon' || lemmaSource === 'compound'
}

/**
 * Diacritics restored first (`ungdomsarbetsloshet` is *ungdomsarbetslöshet*, not a slip), then
 * slips corrected in the words that were not restored. `typing` is the last word when the user
 * may still be typing it (`wordBeingTyped`); `keepTyping` leaves it as typed, for the
 * key of the tables it is on its way to. `keyWords` are the words typed toward a key of the
 * tables (`keyWordsTyped`): the slip corrector never respells one (`entrepreneur` of
 * `social entrepreneur` is on its way to *social entrepreneurship*, not *entreprenör*).
 *
 * @example
 * readQuery(analyzer, analyzer.analyzeQuery('orebro'), readers, undefined).primary.terms[0]?.text
 * // 'örebro'
 */
export function readQuery(
  analyzer: SwedishAnalyzer,
  parsed: SwedishQuery,
  readers: WordReaders,
  typing: string | undefined,
  keepTyping = false,
  keyWords: ReadonlyMap<string, KeyWordTyped> = new Map(),
): RestoredQuery {
  const lemmaOf = (word: string) => analyzer.analyzeWord(word).lemma
  const { indexHolds } = readers
  // A query with å, ä or ö in it was typed on a keyboard that has them: its words of their
  // own are meant as typed (`Göteborgs stad` is not also *städ*, an anvil).
  const typedWithDiacritics = parsed.terms.some((term) => hasDiacritics(term.text))
  // A word of its own keeps its meaning; its other spelling from the lexicon is searched
  // after it only when the index has the word at all: `varken` (neither) is not also read
  // as *värken* (the ache) in an index that never mentions an ache.
  const restore: Restore = (word) => {
    // ø and æ stand for ö and ä: the word is restored as if typed without them, and is
    // never a word of its own (`ørebro` → *örebro*, not "no projects").
    if (hasNordicLetters(word)) {
      const restoration = readers.restore(foldNordicLetters(word))
      return restoration && { ...restoration, word, ownWord: false }
    }
    if (keepTyping && word === typing) return undefined
    const restoration = readers.restore(word)
    if (restoration === undefined) return undefined
    // The word being typed toward a key of the tables is the key's (`drop` of *dropout*, not
    // *dröp*); a word of its own keeps its respelling beside it (`far`, *får*).
    const towardKey = word === typing && keyWords.get(word)?.firstWordBegun === false
    if (towardKey && !restoration.ownWord) return undefined
    if (restoration.ownWord && typedWithDiacritics) return undefined
    const unheld = restoration.source === 'lexicon' && !indexHolds(restoration.restored)
    const idle = unheld && restoration.ownWord
    // A word of its own that the texts write is meant as typed. Its respelling from the
    // lexicon is searched beside it only when the texts write that spelling too (`far` and
    // *får*); one they write in no form of its own only adds another word's hits: `behov`
    // (need) is not also *behöv*, the imperative of *behöva*, which the texts write as
    // *behöver*. A word the texts lack (`fors`, `vax`) keeps its respelling as before.
    const meantAsTyped =
      restoration.ownWord &&
      restoration.source === 'lexicon' &&
      readers.isIndexWord(word) &&
      !readers.isIndexWord(restoration.restored)
    // The word being typed that begins words of the index is on its way to one of them, not
    // a word the index never has: `angel` (*angelägen*) found nothing as *ängel*, `ans`
    // (*ansvar*) nothing as *åns*, `are` (*arena*) nothing as *Åre*, a place no project names,
    // `varj` (*varje*, a stop word) nothing as *värj*.
    const replacedByNoIndexWord = !restoration.ownWord && !readers.isIndexWord(restoration.restored)
    const begun =
      (unheld || replacedByNoIndexWord) && word === typing && readers.beginsAWrittenWord(word)
    // A respelling from the lexicon that no text has, in no form, finds nothing; a slip the
    // corrector reads as an index word does (`adrig` is *aldrig*, not *ådrig*; `smaordnat`
    // is *samordnat*, not *småordnät*). Without such a correction the respelling stays.
    const slipOfAnIndexWord = unheld && !restoration.ownWord && readers.correct(word) !== undefined
    return idle || meantAsTyped || begun || slipOfAnIndexWord ? undefined : restoration
  }
  // The word being typed, when no whole word restores it, is respelled as a beginning
  // (`orebr` → *örebr*, which Meilisearch's prefix matches in *Örebro*). Unlike a restored
  // word it is not kept from the typo corrector: it reads on as `örebr` typed would. So is a
  // word of its own whose respelling is neither an index word nor a place (`ost`, cheese, on
  // its way to *Östersund*: as `ost` or *öst* it found nothing), and a word the lexicon
  // respells into one no text has in any form (`sja` → *sjå*, `atga` → *åtgå*, on their
  // way to *självklar* and *åtgärder*: as *sjå* and *åtgå* they found nothing). When no
  // word of the texts begins as the respelled beginning, the restored word stands.
  const typingRestored = typing === undefined ? undefined : restore(typing)
  const respellingUnknown =
    typingRestored !== undefined &&
    !readers.isIndexWord(typingRestored.restored) &&
    !readers.isPlaceName(typingRestored.restored) &&
    (typingRestored.ownWord || !readers.isIndexWord(lemmaOf(typingRestored.restored)))
  const beginning =
    typing !== undefined && !keepTyping && (typingRestored === undefined || respellingUnknown)
      ? readers.restorePrefix(typing)
      : undefined
  const restored = restoreQuery(analyzer, parsed, (word) =>
    word === typing && beginning !== undefined
      ? { word, restored: beginning, ownWord: false, source: 'vocabulary' }
      : restore(word),
  )
  const keep = new Set(
    restored.rewrites.filter((r) => r.replacement !== beginning).map((r) => r.replacement),
  )
  // The word being typed may be completed, never changed: `arbetsförm` is on its way to
  // *arbetsförmedlingen*, not a slip of *arbetsför*, and `tillgängl` not one of *tillgång*.
  // Meilisearch's prefix search finds the words it begins; a beginning no word has is a slip.
  // A beginning of no word of its own that begins the forms of one word only is read as that
  // word (`frågo` → *fråga*).
  const typed = beginning ?? typing
  const correctWord = (word: string): TypoCorrection | undefined => {
    const correction = readers.correct(word)
    if (word !== typed) return correction
    if (correction === undefined) {
      // A word the lexicon knows or a key of the table is meant as typed: `staff`
      // (*personal*) is not on its way to *Staffanstorp*.
      const sole =
        isAWord(analyzer, word) || readers.isKeyAsTyped?.(word)
          ? undefined
          : soleWordBegun(word, readers.wordsBeginning, lemmaOf, MARKED_COMPLETIONS)
      return sole === undefined ? undefined : { word, corrected: sole, source: 'completion' }
    }
    if (correction.corrected.startsWith(word)) return { ...correction, source: 'completion' }
    return readers.beginsAWord(word) ? undefined : correction
  }
  // A word typed toward a key is no slip (`entrepreneur` of `social entrepreneur`), and is
  // completed only on its way to the key's word (`employ` → *employment*, not `coac` of
  // `job coac` → *coaching*); a beginning of a key's first word alone may be completed to
  // any word (`prakti` → *praktik*).
  const correct = (word: string): TypoCorrection | undefined => {
    const correction = correctWord(word)
    const key = keyWords.get(word)
    if (correction === undefined || key === undefined) return correction
    const { corrected } = correction
    if (!corrected.startsWith(word)) return undefined
    const towardKey = [...key.keyWords].some((keyWord) => keyWord.startsWith(corrected))
    return towardKey || key.firstWordBegun ? correction : undefined
  }
  const corrected = correctQuery(analyzer, restored.primary, correct, keep)
  if (corrected.rewrites.length === 0) return restored
  const alternative = restored.alternative
    ? correctQuery(analyzer, restored.alternative, correct, keep).query
    : undefined
  return {
    primary: corrected.query,
    alternative,
    rewrites: [...restored.rewrites, ...corrected.rewrites],
  }
}
