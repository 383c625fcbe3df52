import type { Lexicon, QueryExpansion, AnalyzedQuery as SwedishQuery } from '@projektbank/analyzer'

/** The shortest adjective read out of a `-het` noun: `enhet` is not *en* + *-het*. */
const MIN_ADJECTIVE_LENGTH = 4

/**
 * The adjective of a state noun in `-het`, when the lexicon knows it as a word of its own:
 * `arbetslöshet` → *arbetslös*, `jämställdhet` → *jämställd*, `tillgänglighet` →
 * *tillgänglig*; `undefined` for every other word (`enhet`, `hälsa`).
 *
 * @example
 * adjectiveOfHetNoun(lexicon, 'arbetslöshet') // 'arbetslös'
 */
export function adjectiveOfHetNoun(lexicon: Lexicon, noun: string): string | undefined {
  if (!noun.endsWith('het')) return undefined
  const stem = noun.slice(0, -'het'.length)
  if (stem.length < MIN_ADJECTIVE_LENGTH) return undefined
  return lexicon.lookup(stem)?.lemma === stem ? stem : undefined
}

/**
 * Expansions that read a state noun in `-het` as its adjective, for a word of the query or the
 * last part of a compound: a query for `arbetslöshet` is about people who are *arbetslösa*,
 * and sheets write *långtidsarbetslösa* or *arbetslösa unga* as often as *arbetslösheten*;
 * `ungdomsarbetslöshet` is also searched as *ungdom arbetslös*. Searched like a table's
 * expansions (after the query itself, at their lower weight); the rewrite says `synonym`.
 *
 * @example
 * deriveAdjectives(lexicon, analyzer.analyzeQuery('arbetslöshet')).map((e) => e.to) // ['arbetslös']
 */
export function deriveAdjectives(lexicon: Lexicon, query: SwedishQuery): QueryExpansion[] {
  const found: QueryExpansion[] = []
  query.terms.forEach((term, start) => {
    if (term.phrase || term.exclude) return
    const last = term.parts.length - 1
    const head = term.parts[last]
    const fromPart = head === undefined ? undefined : adjectiveOfHetNoun(lexicon, head)
    if (fromPart !== undefined) {
      found.push({
        start,
        end: start + 1,
        part: last,
        from: term.text,
        to: fromPart,
        source: 'synonym',
      })
      return
    }
    for (const lemma of term.lemmas) {
      const adjective = adjectiveOfHetNoun(lexicon, lemma)
      if (adjective === undefined) continue
      found.push({ start, end: start + 1, from: term.text, to: adjective, source: 'synonym' })
      return
    }
  })
  return found
}
