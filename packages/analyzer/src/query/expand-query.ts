import expansionData from '../../data/query-expansions.json'
import type { AnalyzedQuery, QueryTerm } from './analyze-query.js'

/**
 * Where an expansion comes from: a short form written out, another word for the same thing
 * (hand-kept), or a synonym from the general thesaurus (`THESAURUS_EXPANSIONS`).
 */
export type ExpansionSource = 'abbreviation' | 'synonym' | 'thesaurus'

/**
 * One row of an expansion table: a query holding `from` is also searched with each of `to`.
 *
 * @example
 * const entry: ExpansionEntry = { from: 'af', to: ['arbetsförmedlingen'], source: 'abbreviation' }
 */
export interface ExpansionEntry {
  /** A word or phrase, matched by its lemmas (`nyanlända` matches `nyanländ`). */
  readonly from: string
  readonly to: readonly string[]
  readonly source: ExpansionSource
  /** Why the row exists (kept with the data). */
  readonly why?: string
  /**
   * Match `from` only as a word of the query, never as a part of a compound (`plats` in
   * `praktikplats`): for general synonyms, whose sense inside a compound is rarely theirs.
   */
  readonly wholeWordsOnly?: boolean
  /**
   * Read only when typed in full, never as the key a word being typed is on its way to: for
   * everyday English words, whose beginnings are also those of Swedish words (`tra` of
   * `training` and of *trä* typed without å/ä/ö, `empl` of `employers` and of
   * `employability`). Such a row is matched on the words as typed only, never through a lemma
   * or as a compound part: the lemma of a word the lexicon lacks is the stemmer's guess, and
   * may be a Swedish word (`industries` → *industri*).
   */
  readonly typedInFull?: boolean
}

/**
 * The bundled table (`data/query-expansions.json`): labour-market abbreviations, everyday
 * synonyms and English loan words.
 *
 * @example
 * QUERY_EXPANSIONS.find((e) => e.from === 'af')?.to // ['arbetsförmedlingen']
 */
export const QUERY_EXPANSIONS: readonly ExpansionEntry[] = expansionData.entries.map((entry) => ({
  from: entry.from,
  to: entry.to,
  source: entry.source === 'abbreviation' ? 'abbreviation' : 'synonym',
  why: entry.why,
  ...('wholeWordsOnly' in entry && entry.wholeWordsOnly === true ? { wholeWordsOnly: true } : {}),
  ...('typedInFull' in entry && entry.typedInFull === true ? { typedInFull: true } : {}),
}))

/**
 * An expansion found in a query: the terms `start`…`end − 1` (indexes into `query.terms`), or
 * one compound part of the term at `start` when `part` is set, may also be read as `to`.
 *
 * @example
 * const e: QueryExpansion = { start: 0, end: 1, from: 'af', to: 'arbetsförmedlingen', source: 'abbreviation' }
 */
export interface QueryExpansion {
  readonly start: number
  readonly end: number
  /** Index into the term's `parts` when a compound part matched (`jobb` of `jobbsökande`). */
  readonly part?: number
  /** The matched words as typed (the whole term for a part). */
  readonly from: string
  readonly to: string
  readonly source: ExpansionSource
}

/** Longest phrase of an expansion table, in words. */
const MAX_KEY_WORDS = 4

/**
 * Creates a function that finds the expansions of a query. Keys are matched on the lemmas
 * and on the words as typed of consecutive word terms (not phrases, not exclusions), longest
 * first; a hyphenated word also matches the key of its pieces (`job-coach` as `job coach`),
 * and a single-word key also matches a compound part (`jobb` in `jobbsökande`) when the
 * whole word did not match, unless its row is `wholeWordsOnly`. A `typedInFull` row matches
 * only the words as typed.
 *
 * @example
 * const expand = createQueryExpander(analyzer.analyzeQuery, QUERY_EXPANSIONS)
 * expand(analyzer.analyzeQuery('AF umeå')).map((e) => e.to) // ['arbetsförmedlingen']
 */
export function createQueryExpander(
  analyze: (query: string) => AnalyzedQuery,
  entries: readonly ExpansionEntry[],
): (query: AnalyzedQuery) => QueryExpansion[] {
  const byKey = new Map<string, ExpansionEntry[]>()
  const add = (key: string, entry: ExpansionEntry) => {
    const list = byKey.get(key) ?? []
    if (!list.includes(entry)) byKey.set(key, [...list, entry])
  }
  for (const entry of entries) {
    const terms = analyze(entry.from).terms.filter(isWord)
    if (terms.length === 0) continue
    if (entry.typedInFull !== true) add(terms.map((t) => t.lemmas.join(' ')).join(' '), entry)
    add(terms.map((t) => t.text).join(' '), entry)
  }
  return (query) => {
    const found: QueryExpansion[] = []
    const terms = query.terms
    for (let start = 0; start < terms.length; start++) {
      const first = terms[start]
      if (first === undefined || !isWord(first)) continue
      let matched = false
      for (let end = Math.min(terms.length, start + MAX_KEY_WORDS); end > start; end--) {
        const run = terms.slice(start, end)
        if (!run.every(isWord)) continue
        const hits = [
          ...(byKey.get(run.map((t) => t.lemmas.join(' ')).join(' ')) ?? []),
          ...(byKey.get(run.map((t) => t.text).join(' ')) ?? []),
        ]
        const from = run.map((t) => t.text).join(' ')
        for (const entry of new Set(hits)) {
          for (const to of entry.to) found.push({ start, end, from, to, source: entry.source })
        }
        if (hits.length > 0) {
          matched = true
          start = end - 1
          break
        }
      }
      if (matched || first.parts.length < 2) continue
      // A hyphen typed between the words of a key (`supported-employment`, `job-coach`): the
      // key as its words apart, before any part is read alone.
      const pieces = first.text.includes('-') ? hyphenKeys(first) : []
      const joined = [...new Set(pieces.flatMap((key) => byKey.get(key) ?? []))]
      for (const entry of joined) {
        for (const to of entry.to) {
          found.push({ start, end: start + 1, from: first.text, to, source: entry.source })
        }
      }
      if (joined.length > 0) continue
      first.parts.forEach((part, index) => {
        for (const entry of byKey.get(part) ?? []) {
          if (entry.wholeWordsOnly === true || entry.typedInFull === true) continue
          for (const to of entry.to) {
            found.push({
              start,
              end: start + 1,
              part: index,
              from: first.text,
              to,
              source: entry.source,
            })
          }
        }
      })
    }
    return found
  }
}

/** A hyphenated term's keys: its pieces as typed and as lemmas, joined by spaces. */
function hyphenKeys(term: QueryTerm): string[] {
  return [term.text.split('-').filter(Boolean).join(' '), term.parts.join(' ')]
}

function isWord(term: QueryTerm): boolean {
  return !term.phrase && !term.exclude
}
