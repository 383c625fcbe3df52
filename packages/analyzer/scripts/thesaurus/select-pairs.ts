import type { MythesEntry } from './parse-mythes.js'

/** A thesaurus row reduced to one direction: a query with `from` may also mean `to`. */
export interface SynonymPair {
  readonly from: string
  readonly to: string
}

/** What the filters need to know of one word (from the analyser and the lexicon). */
export interface WordFacts {
  /** Its base form (`samordnaren` → `samordnare`). */
  readonly lemma: string
  /** The lexicon knows the word or splits it into known parts (not a stemmer's guess). */
  readonly analysable: boolean
  readonly stopword: boolean
}

/**
 * The general filters of {@link selectPairs}: each a reason a pair cannot be a search synonym,
 * checked in this order.
 */
export const REJECT_REASONS = [
  /** A phrase, an abbreviation in capitals or a hyphenated word: the table holds words. */
  'not-one-word',
  /** A word the lexicon does not know: its lemma would be a stemmer's guess. */
  'not-analysable',
  'stopword',
  /** Two forms of one word (`plötslig`, `plötsligt`): the analysis already joins them. */
  'same-lemma',
  /** The hand-kept table already reads `from`: its curated reading stays the only one. */
  'hand-kept',
  /** No project text uses `to` in any form: searching for it finds nothing new. */
  'not-in-texts',
] as const

/** One of {@link REJECT_REASONS}. */
export type RejectReason = (typeof REJECT_REASONS)[number]

/** Options of {@link selectPairs}. */
export interface PairFilters {
  readonly facts: (word: string) => WordFacts
  /** Lemmas of the project texts' words: a pair is kept only when its `to` is among them. */
  readonly textLemmas: ReadonlySet<string>
  /** Lemmas the hand-kept table reads as a key. */
  readonly handKeptLemmas: ReadonlySet<string>
}

/**
 * The pairs of a thesaurus that pass the general filters ({@link REJECT_REASONS}), in the
 * thesaurus's order, with how many pairs each filter rejected.
 *
 * @example
 * selectPairs(entries, filters).pairs[0] // { from: 'koordinator', to: 'samordnare' }
 */
export function selectPairs(
  entries: readonly MythesEntry[],
  filters: PairFilters,
): { pairs: SynonymPair[]; rejected: Record<RejectReason, number> } {
  const rejected = Object.fromEntries(REJECT_REASONS.map((r) => [r, 0])) as Record<
    RejectReason,
    number
  >
  const pairs: SynonymPair[] = []
  const seen = new Set<string>()
  for (const entry of entries) {
    for (const meaning of entry.meanings) {
      for (const to of meaning.words) {
        const key = `${entry.word}\u0000${to}`
        if (seen.has(key)) continue
        seen.add(key)
        const reason = rejectReason(entry.word, to, filters)
        if (reason === undefined) pairs.push({ from: entry.word, to })
        else rejected[reason]++
      }
    }
  }
  return { pairs, rejected }
}

/** Lower-case letters only: no spaces, hyphens, digits or capitals. */
const ONE_WORD = /^\p{Ll}+$/u

/**
 * Why the pair `from` → `to` is rejected, or `undefined` when it passes every filter.
 *
 * @example
 * rejectReason('kvinna', 'kvinnor', filters) // 'same-lemma'
 */
export function rejectReason(
  from: string,
  to: string,
  filters: PairFilters,
): RejectReason | undefined {
  if (!ONE_WORD.test(from) || !ONE_WORD.test(to)) return 'not-one-word'
  const a = filters.facts(from)
  const b = filters.facts(to)
  if (!a.analysable || !b.analysable) return 'not-analysable'
  if (a.stopword || b.stopword) return 'stopword'
  if (a.lemma === b.lemma) return 'same-lemma'
  if (filters.handKeptLemmas.has(a.lemma) || filters.handKeptLemmas.has(from)) return 'hand-kept'
  if (!filters.textLemmas.has(b.lemma)) return 'not-in-texts'
  return undefined
}
