import type { Lexicon, QueryExpansion, AnalyzedQuery as SwedishQuery } from '@projektbank/analyzer'

/** The shortest adjective read out of a `-het` noun: `enhet` is not *en* + *-het*. */
const MIN_ADJECTIVE_LENGTH = 4

/** The shortest `-ing` noun read as a verb: `ring` and `ting` are no verbs' nouns. */
const MIN_ING_NOUN_LENGTH = 8

/** Whether the lexicon knows `word` as a base form of its own. */
const isLemma = (lexicon: Lexicon, word: string) => lexicon.lookup(word)?.lemma === word

/**
 * Whether the lexicon knows a plural of the `-het` noun (`myndigheter`). A noun that names the
 * state of being something is a mass noun, with no plural (*arbetslöshet*, *jämställdhet*,
 * *trygghet*); one that has a plural names things (an authority, a skill, an operation), a
 * meaning of its own that its adjective does not share (*myndig*, of age; *färdig*, finished;
 * *verksam*, active).
 */
const hetNounHasPlural = (lexicon: Lexicon, noun: string) =>
  lexicon.lookup(`${noun}er`)?.lemma === noun

/**
 * The adjective of a state noun in `-het`, when the lexicon knows it as a word of its own:
 * `arbetslöshet` → *arbetslös*, `jämställdhet` → *jämställd*, `tillgänglighet` →
 * *tillgänglig*; `undefined` for every other word (`enhet`, `hälsa`) and for a noun with a
 * plural, which names things rather than the state (`myndighet`, `färdighet`, `verksamhet`).
 *
 * @example
 * adjectiveOfHetNoun(lexicon, 'arbetslöshet') // 'arbetslös'
 * adjectiveOfHetNoun(lexicon, 'myndighet') // undefined: *myndigheter* are authorities
 */
export function adjectiveOfHetNoun(lexicon: Lexicon, noun: string): string | undefined {
  if (!noun.endsWith('het')) return undefined
  const stem = noun.slice(0, -'het'.length)
  if (stem.length < MIN_ADJECTIVE_LENGTH || !isLemma(lexicon, stem)) return undefined
  return hetNounHasPlural(lexicon, noun) ? undefined : stem
}

/**
 * `-ing` nouns that name a thing of their own rather than the act of their verb, so the verb
 * is no other way to say them. The lexicon cannot tell: it derives them like any other.
 */
const NOUNS_NOT_THEIR_VERB: ReadonlySet<string> = new Set([
  'anläggning', // a facility, not the act of *anlägga*
  'avdelning', // a department, not *avdela* (partition off)
  'befolkning', // the population, not *befolka* (settle people in)
  'ersättning', // a benefit paid, not *ersätta* (replace)
  'förening', // an association, not *förena* (unite)
  'församling', // a parish, not *församla* (gather)
  'förutsättning', // a condition, not *förutsätta* (presume)
  'handling', // a document or deed, not *handla* (shop)
  'inrättning', // an institution, not *inrätta* (set up)
  'läggning', // a disposition or orientation, not *lägga* (put)
  'omfattning', // an extent, not *omfatta* (include)
  'omgivning', // surroundings, not *omgiva* (surround)
  'regering', // the government, not *regera* (reign)
  'sammanslutning', // an association, not *sammansluta* (join together)
  'ställning', // a position or stand, not *ställa* (put)
])

/**
 * Whether `verb` is also a noun of the first declension (`skola`, *skolor*): the texts mostly
 * mean the noun, so the verb's `-ing` noun read as it finds the noun's sheets (`skolning`
 * would list every *skola*).
 */
const isAlsoNoun = (lexicon: Lexicon, verb: string) =>
  lexicon.lookup(`${verb.slice(0, -1)}or`)?.lemma === verb

/**
 * The verb of an action noun in `-ing` or `-ning`, when the lexicon knows it as a word of its
 * own: `validering` → *validera*, `anpassning` → *anpassa*, `matchning` → *matcha*,
 * `samordning` → *samordna*; `undefined` for every other word, for a noun that names a thing
 * of its own (`förening`, `befolkning`) and for a verb that is also a noun (`skolning`: *skola*).
 *
 * @example
 * verbOfIngNoun(lexicon, 'validering') // 'validera'
 * verbOfIngNoun(lexicon, 'förening') // undefined: an association, not *förena*
 */
export function verbOfIngNoun(lexicon: Lexicon, noun: string): string | undefined {
  if (!noun.endsWith('ing') || noun.length < MIN_ING_NOUN_LENGTH) return undefined
  if (NOUNS_NOT_THEIR_VERB.has(noun)) return undefined
  // -ing after the verb's stem (validera, samordna), or -ning after it (matcha, anpassa).
  const verbs = [`${noun.slice(0, -'ing'.length)}a`, `${noun.slice(0, -'ning'.length)}a`]
  const verb = verbs.find((candidate) => isLemma(lexicon, candidate))
  return verb === undefined || isAlsoNoun(lexicon, verb) ? undefined : verb
}

/** The word a noun is derived from, see {@link adjectiveOfHetNoun} and {@link verbOfIngNoun}. */
const baseWordOf = (lexicon: Lexicon, noun: string) =>
  adjectiveOfHetNoun(lexicon, noun) ?? verbOfIngNoun(lexicon, noun)

/**
 * Expansions that read a derived noun as the word it is derived from: a query for
 * `arbetslöshet` is about people who are *arbetslösa*, one for `validering` about what is
 * *validerat*, and sheets write *långtidsarbetslösa* or *kunskaperna valideras* as often as
 * the noun. A `-het` noun is also read as the last part of a compound (`ungdomsarbetslöshet` is
 * also *ungdom arbetslös*); an `-ing` noun only as a word of its own, since as the last part
 * of a name it is no action (*Arbetsförmedlingen* is not *arbete förmedla*). Terms in
 * `covered` (those an expansion table reads: `coaching`, `anställning med stöd`) are left to
 * the table. A base word that is no word of the index (`isIndexWord`: no text writes it in
 * any form) is left out: it finds nothing, and the reading shown would only puzzle
 * (`utrustning` → *utrusta*). Searched like a table's expansions (after the query
 * itself, at their lower weight); the rewrite says `synonym`.
 *
 * @example
 * deriveBaseWords(lexicon, analyzer.analyzeQuery('arbetslöshet')).map((e) => e.to) // ['arbetslös']
 */
export function deriveBaseWords(
  lexicon: Lexicon,
  query: SwedishQuery,
  covered: ReadonlySet<number> = new Set(),
  isIndexWord: (word: string) => boolean = () => true,
): QueryExpansion[] {
  const found: QueryExpansion[] = []
  const indexBase = (base: string | undefined) =>
    base !== undefined && isIndexWord(base) ? base : undefined
  query.terms.forEach((term, start) => {
    if (term.phrase || term.exclude || covered.has(start)) return
    const last = term.parts.length - 1
    const head = term.parts[last]
    const fromHead = head === undefined ? undefined : indexBase(adjectiveOfHetNoun(lexicon, head))
    if (fromHead !== undefined) {
      found.push({
        start,
        end: start + 1,
        part: last,
        from: term.text,
        to: fromHead,
        source: 'synonym',
      })
      return
    }
    if (term.parts.length > 0) return
    for (const lemma of term.lemmas) {
      const base = indexBase(baseWordOf(lexicon, lemma))
      if (base === undefined) continue
      found.push({ start, end: start + 1, from: term.text, to: base, source: 'synonym' })
      return
    }
  })
  return found
}
