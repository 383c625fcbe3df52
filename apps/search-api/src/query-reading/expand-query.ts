import type {
  QueryExpansion,
  QueryTerm,
  SwedishAnalyzer,
  AnalyzedQuery as SwedishQuery,
} from '@projektbank/analyzer'
import type { QueryRewrite } from '@projektbank/model'

/**
 * Most expanded queries per search: each is one more query in the federated request, and the
 * first readings of a table row are its most useful ones.
 */
export const MAX_EXPANDED_QUERIES = 6

/** Readings kept by {@link createReplacementReader}: the tables' and the lexicon's base words. */
const KEPT_REPLACEMENTS = 10_000

/** The terms a replacement text (an expansion's `to`) reads as, exclusions left out. */
export type ReadReplacement = (text: string) => readonly QueryTerm[]

/**
 * Reads replacement texts with the analyser, each once: the same rows of the tables expand
 * query after query, and their texts do not change. At most {@link KEPT_REPLACEMENTS} are
 * kept (derived base words come from the whole lexicon); then the memory starts over.
 *
 * @example
 * const read = createReplacementReader(analyzer)
 * read('unga utan sysselsättning').map((t) => t.text) // ['unga', 'sysselsättning']
 */
export function createReplacementReader(analyzer: SwedishAnalyzer): ReadReplacement {
  const kept = new Map<string, readonly QueryTerm[]>()
  return (text) => {
    let terms = kept.get(text)
    if (terms === undefined) {
      terms = analyzer.analyzeQuery(text).terms.filter((t) => !t.exclude)
      if (kept.size >= KEPT_REPLACEMENTS) kept.clear()
      kept.set(text, terms)
    }
    return terms
  }
}

/** The queries to search after the query itself, and what the reading says about them. */
export interface ExpandedQueries {
  /** The query with one expansion applied each. */
  readonly queries: readonly SwedishQuery[]
  /**
   * The query with the readings of several terms applied together: the first reading of
   * each, then the second of those that have one; empty when at most one term has a reading.
   */
  readonly together: readonly SwedishQuery[]
  readonly rewrites: readonly QueryRewrite[]
}

/** An expansion's terms in place of the terms (or the compound part) it matched. */
interface AppliedExpansion {
  readonly expansion: QueryExpansion
  readonly terms: readonly QueryTerm[]
  /** What the reading shows as the replacement. */
  readonly shown: string
}

/**
 * Applies each expansion to the query on its own: the matched terms (or the matched compound
 * part) replaced by the analysed expansion, every other term as it was. When expansions read
 * several terms, `together` applies the first reading of each at once: every expanded
 * query requires all its words, so `AF coaching` found nothing, neither through
 * *arbetsförmedlingen coaching* nor through *AF coachning*, while sheets say
 * *Arbetsförmedlingen* and *coachning*. A second query puts the second readings together
 * where terms have one: a query in English matches no word of a sheet, so only these find
 * anything, and `young unemployed` as *unga arbetslösa* alone missed the sheets that say
 * *unga arbetssökande*. Rewrites are `added`: the query as typed is still searched first.
 *
 * @example
 * expandQuery(createReplacementReader(analyzer), q, findExpansions(q)).rewrites
 * // [{ term: 'af', replacement: 'arbetsförmedlingen', source: 'abbreviation', kind: 'added' }]
 */
export function expandQuery(
  readReplacement: ReadReplacement,
  query: SwedishQuery,
  expansions: readonly QueryExpansion[],
): ExpandedQueries {
  const applied = expansions
    .slice(0, MAX_EXPANDED_QUERIES)
    .flatMap((expansion) => applyExpansion(readReplacement, query, expansion) ?? [])
  const queries = applied.map((one) => withApplied(query, [one]))
  const firsts = firstOfEachRange(applied)
  const rewrites: QueryRewrite[] = []
  for (const { expansion, shown } of applied) {
    if (!rewrites.some((r) => r.term === expansion.from && r.replacement === shown)) {
      rewrites.push({
        term: expansion.from,
        replacement: shown,
        source: expansion.source,
        kind: 'added',
      })
    }
  }
  const together = firsts.length > 1 ? readingSets(applied, firsts) : []
  return { queries, together: together.map((set) => withApplied(query, set)), rewrites }
}

/**
 * The sets of readings searched together: the first of each range of terms, then, when some
 * range has a second reading, that one in its place (the others keep their first).
 */
function readingSets(
  applied: readonly AppliedExpansion[],
  firsts: readonly AppliedExpansion[],
): AppliedExpansion[][] {
  const seconds = firsts.map(
    (first) => applied.find((one) => one !== first && sameRange(one, first)) ?? first,
  )
  return seconds.some((second, i) => second !== firsts[i]) ? [[...firsts], seconds] : [[...firsts]]
}

const sameRange = (a: AppliedExpansion, b: AppliedExpansion) =>
  a.expansion.start === b.expansion.start && a.expansion.end === b.expansion.end

/** The terms an expansion puts in place of what it matched, or null when it reads as nothing. */
function applyExpansion(
  readReplacement: ReadReplacement,
  query: SwedishQuery,
  expansion: QueryExpansion,
): AppliedExpansion | null {
  const replacement = readReplacement(expansion.to)
  if (replacement.length === 0) return null
  const term = query.terms[expansion.start]
  if (expansion.part !== undefined && term !== undefined) {
    const words = replacement.flatMap((t) => (t.parts.length > 0 ? t.parts : t.lemmas))
    const parts = term.parts.flatMap((part, i) => (i === expansion.part ? words : [part]))
    const shown = term.parts.map((part, i) => (i === expansion.part ? expansion.to : part))
    return { expansion, terms: [{ ...term, lemmas: parts, parts }], shown: shown.join(' ') }
  }
  return { expansion, terms: replacement, shown: expansion.to }
}

/** The query with the applied expansions in place, in the order of their terms. */
function withApplied(query: SwedishQuery, applied: readonly AppliedExpansion[]): SwedishQuery {
  const sorted = [...applied].sort((a, b) => a.expansion.start - b.expansion.start)
  const terms: QueryTerm[] = []
  let next = 0
  for (const { expansion, terms: replacement } of sorted) {
    terms.push(...query.terms.slice(next, expansion.start), ...replacement)
    next = expansion.end
  }
  terms.push(...query.terms.slice(next))
  return { query: query.query, terms }
}

/** The first expansion of each range of terms, leaving out ranges that overlap an earlier one. */
function firstOfEachRange(applied: readonly AppliedExpansion[]): AppliedExpansion[] {
  const chosen: AppliedExpansion[] = []
  for (const one of applied) {
    const { start, end } = one.expansion
    const overlaps = chosen.some((c) => start < c.expansion.end && c.expansion.start < end)
    if (!overlaps) chosen.push(one)
  }
  return chosen
}
