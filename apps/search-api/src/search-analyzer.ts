import type { Completion, QueryReading } from '@projektbank/model'
import type { LooserPieces } from './query-reading/looser-pieces.js'

/**
 * What the API needs from Swedish analysis: turn `q` into the raw query (original fields)
 * and the analysed query (lemmas and compound parts, for the `svTerms.*` twins), and mark
 * matches in a text. `@projektbank/analyzer` is adapted to this in `swedish-analyzer.ts`;
 * tests may pass a simpler one.
 */
export interface SearchAnalyzer {
  /** With `verbatim`, `q` is searched exactly as typed: no term is restored or added. */
  analyzeQuery(q: string, options?: { verbatim?: boolean }): AnalysedQuery
  /**
   * Queries to try when `q` found nothing, best first ("Menade du …?"); the route keeps the
   * first that finds something. Absent: no suggestions.
   */
  suggest?(q: string): string[]
  /**
   * Completions of the word being typed at the end of `q`, at most `limit`, best first;
   * `[]` when there is nothing to complete. Absent: no completions.
   */
  complete?(q: string, limit: number): Completion[]
  /**
   * An HTML-safe excerpt of `text` around the query's matches, matches in `<mark>`;
   * `null` when nothing in the text matches.
   */
  highlight(text: string, query: AnalysedQuery): string | null
}

/** A query ready for Meilisearch. */
export interface AnalysedQuery {
  /** How the query was read: the query as searched and its rewritten terms. */
  reading: QueryReading
  /**
   * For the `svTerms.*` twins, searched after the query itself (lower weight): the analysed
   * query with the words of their own respelled (`far` → *får*); `''` when there are none.
   */
  alternative: string
  /** For the original fields, as Meilisearch reads it: phrases quoted, exclusions as `-word`. */
  raw: string
  /**
   * The raw query is one word that the index holds as typed (after any restoring or
   * correcting): its raw matches with a typo are other words (`gäller` for `gävle`, `lärare`
   * for `läkare`) and are left out, see `search-plan.ts`. Absent: typos allowed.
   */
  rawIsIndexWord?: boolean
  /**
   * The raw query's last word is an abbreviation the expansion table knows (`AF`, `SFI`):
   * matched whole, not as the beginning Meilisearch makes of a last word, which would add
   * every *affär…* to `AF`. Absent: the last word is also a beginning.
   */
  rawEndsWhole?: boolean
  /**
   * The query has several words and one of them (or a run of them) names a place: a
   * municipality, a county or an ESF region (`validering örebro`). Its raw query then drops
   * the most frequent words first rather than the last ones, so the place, usually last and
   * rare, stays required. Absent: Meilisearch's default, the last words first.
   */
  rawNamesAPlace?: boolean
  /** For the `svTerms.*` twins: lemmas and compound parts; `''` when there is nothing to add. */
  analysed: string
  /**
   * The last word of `analysed` is a word still being typed, as typed (no lemma of a half
   * word): the twins match it as a beginning, so `exper` finds the *expert* of
   * *tillgänglighetsexpert* before the word is finished. Absent: every word matches whole.
   */
  analysedEndsInPrefix?: boolean
  /**
   * For the `svTerms.*` twins, searched after the query itself at a lower weight: the analysed
   * query with an abbreviation written out or a synonym in place of a term, one query per
   * reading (`af` → *arbetsförmedling*); absent or empty when there is none.
   */
  expanded?: readonly string[]
  /**
   * For the `svTerms.*` twins, after `expanded` and below it: the first reading of each of
   * several terms at once (`AF coaching` → *arbete förmedling coachning*), for the sheets that
   * use the readings of both words and neither as typed, then the second readings where terms
   * have one (`young unemployed` → *unga arbetslösa*, *unga arbetssökande*). Absent when at
   * most one term has a reading.
   */
  expandedTogether?: readonly string[]
  /**
   * `expanded` and `expandedTogether` end in the beginning of a compound being typed, after a
   * part read by the tables (`jobbmatc` → *arbete* `matc…`): their last word is a prefix.
   * Absent: matched whole, as every other expanded query.
   */
  expandedEndsInPrefix?: boolean
  /**
   * For the `svTerms.*` twins, searched after the query itself at a lower weight and only
   * when it matches well: a one-word compound query as its parts (`praktik plats` for
   * `praktikplats`), which finds texts that spell the compound out; `analysed` then holds the
   * compound's lemma. Absent for every other query, and for a compound the typo corrector
   * put in place of a slip: that one is searched whole.
   */
  spelledOut?: string
  /** The last word of `spelledOut` is a beginning (a compound being typed). */
  spelledOutEndsInPrefix?: boolean
  /**
   * How the analysed query matches when a document lacks some of its words: `all` for a
   * single word (its compound parts together, or the compound), `frequency` (the most
   * common words dropped first) for several; absent: `frequency`.
   */
  analysedMatching?: 'all' | 'frequency'
  /**
   * What to search when the query finds nothing: its pieces each on its own, any one of them
   * enough (a one-word compound's parts, each word of several; see `looser-search.ts`).
   * Absent when there is nothing looser, and with `verbatim`.
   */
  looser?: LooserPieces
  /** Whether the query has anything to match (not empty, not only exclusions). */
  hasPositiveTerms: boolean
  /** The analyser's own view of the terms, handed back to `highlight`. */
  readonly terms: unknown
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * A language-neutral analyser: words as typed, matched by prefix when highlighting. For tests
 * and for running without the Swedish lexicon.
 *
 * @example
 * createPlainAnalyzer().highlight('Umeå kommun', createPlainAnalyzer().analyzeQuery('kommun'))
 * // 'Umeå <mark>kommun</mark>'
 */
export function createPlainAnalyzer(): SearchAnalyzer {
  return {
    analyzeQuery(q) {
      const words = q.toLocaleLowerCase('sv').match(/-?"[^"]*"|-?[\p{L}\p{N}]+/gu) ?? []
      const positive = words.filter((w) => !w.startsWith('-')).map((w) => w.replaceAll('"', ''))
      return {
        reading: { searched: q.trim(), rewrites: [] },
        alternative: '',
        raw: q.trim(),
        analysed: '',
        hasPositiveTerms: positive.some((w) => w.trim() !== ''),
        terms: positive.flatMap((w) => w.split(/\s+/)).filter(Boolean),
      }
    },
    highlight(text, query) {
      const terms = Array.isArray(query.terms) ? query.terms.map(String).filter(Boolean) : []
      const lower = text.toLocaleLowerCase('sv')
      // Find the first match cheaply before tokenising only a window around it.
      const at = Math.min(...terms.map((t) => indexOfWord(lower, t)).filter((i) => i >= 0))
      if (!Number.isFinite(at)) return null
      const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 120)) + 1)
      const to = Math.min(text.length, at + 200)
      const window = text.slice(from, to)
      const marked = window.split(/([\p{L}\p{N}]+)/u).map((part) => {
        const word = part.toLocaleLowerCase('sv')
        return terms.some((t) => word.startsWith(t))
          ? `<mark>${escapeHtml(part)}</mark>`
          : escapeHtml(part)
      })
      return `${from > 0 ? '… ' : ''}${marked.join('')}${to < text.length ? ' …' : ''}`
    },
  }
}

/** Index of the first word starting with `term`, or -1. */
function indexOfWord(lower: string, term: string): number {
  for (let i = lower.indexOf(term); i >= 0; i = lower.indexOf(term, i + 1)) {
    if (i === 0 || !/[\p{L}\p{N}]/u.test(lower.charAt(i - 1))) return i
  }
  return -1
}
