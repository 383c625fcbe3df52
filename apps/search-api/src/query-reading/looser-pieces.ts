import type { AnalyzedQuery as SwedishQuery } from '@projektbank/analyzer'
import { writtenTerm } from './meilisearch-queries.js'

/** One piece of a looser search: the words it stands for, and the query that searches them. */
export interface LooserPiece {
  /** The piece as the reading shows it (`rekrytering`, `"för unga"`). */
  readonly shown: string
  /**
   * The piece as a query of its own, the query's exclusions in front; it ends in a space
   * (searched whole) unless it is the word still being typed.
   */
  readonly query: string
}

/**
 * What a search that found nothing searches next, looser: each piece on its own, any one of
 * them enough.
 */
export interface LooserPieces {
  /** The query's positive terms as read: the words no project holds all of. */
  readonly term: string
  /**
   * A one-word compound's parts, or the words and phrases of several (then at least two). A
   * compound may keep one part only, when its other parts find nothing alone.
   */
  readonly pieces: readonly LooserPiece[]
}

/**
 * The pieces of a query read as `query` that a looser search tries each on its own: a one-word
 * compound as its parts (`rekryteringsproblem` → *rekrytering*, *problem*), several words or
 * phrases as each of them (`ungdomsbrottslighet unga` → *ungdomsbrottslighet*, *unga*).
 * Exclusions stay in every piece. The word still being typed (`typing`) stays a beginning; a
 * compound's parts are whole words. A one-word compound still being typed, which the lexicon
 * cannot take apart, has the pieces of `typedSplit`, its first part and the beginning of the
 * next: `telefonnum` is *telefon* and `num…`, as `telefonnummer` is
 * *telefon* and *nummer* once finished, so that the beginning finds what the word will.
 * A compound's parts that find nothing alone (`findsAlone`: no word of the index, nor read as
 * one) are left out: `kriminalvård` is *vård* only where no text writes *kriminal*, and the
 * reading then says "Visar projekt som nämner vård", not "kriminal eller vård".
 * `undefined` when there is nothing looser: one word that is no compound, one phrase (the
 * user asked for those words together), or exclusions only.
 *
 * @example
 * looserPieces(analyzer.analyzeQuery('rekryteringsproblem -covid'), undefined)
 * // { term: 'rekryteringsproblem', pieces: [{ shown: 'rekrytering', query: '-covid rekrytering ' },
 * //   { shown: 'problem', query: '-covid problem ' }] }
 */
export function looserPieces(
  query: SwedishQuery,
  typing: string | undefined,
  typedSplit?: SwedishQuery,
  findsAlone: (part: string) => boolean = () => true,
): LooserPieces | undefined {
  const positive = query.terms.filter((term) => !term.exclude)
  const [sole] = positive
  if (positive.length === 1 && sole !== undefined && !sole.phrase && sole.parts.length < 2) {
    const split = typedSplit && looserPieces(typedSplit, typing)
    if (split) return { ...split, term: writtenTerm(sole) }
  }
  const exclusions = query.terms
    .filter((term) => term.exclude)
    .map((term) => `${writtenTerm(term)} `)
    .join('')
  const written = positive.map(writtenTerm)
  const [only] = positive
  const compound = positive.length === 1 && only !== undefined
  const words = compound ? (only.phrase ? [] : only.parts) : written
  const distinct = [...new Set(words)]
  if (distinct.length < 2) return undefined
  const known = compound ? distinct.filter(findsAlone) : distinct
  const kept = known.length > 0 ? known : distinct
  // The word being typed is the query's last term (`typing` is it as typed, before any
  // respelling), never a phrase or an exclusion.
  const last = query.terms.at(-1)
  const isTyped = (word: string) =>
    !compound && typing !== undefined && last?.phrase === false && word === last.text
  return {
    term: written.join(' '),
    pieces: kept.map((shown) => ({
      shown,
      query: `${exclusions}${shown}${isTyped(shown) ? '' : ' '}`,
    })),
  }
}
