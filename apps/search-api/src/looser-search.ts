import type { QueryReading } from '@projektbank/model'
import type { FederatedSearchRequest } from './meilisearch-gateway.js'
import type { LooserPieces } from './query-reading/looser-pieces.js'
import type { AnalysedQuery, SearchAnalyzer } from './search-analyzer.js'
import { planSearch, type SearchPlanInput } from './search-plan.js'

/** A query's pieces read for a looser search, see {@link readLooserSearch}. */
export interface LooserSearch {
  /** Each piece read as a query of its own, as if it had been typed alone. */
  readonly pieces: readonly [AnalysedQuery, ...AnalysedQuery[]]
  /** All pieces read as one query: what the snippets of the looser hits mark. */
  readonly marked: AnalysedQuery
  /** The query's reading with one `looser` rewrite per piece. */
  readonly reading: QueryReading
}

/**
 * Reads the pieces of a query that found nothing (`AnalysedQuery.looser`) for a looser
 * search; `undefined` when the query has no pieces. Each piece is read as if typed alone, so
 * it gets its own restoring, synonyms and score floors: `rekryteringsproblem` finds the sheets
 * `rekrytering` finds, which say *rekrytera* and *rekryteringen*.
 *
 * @example
 * readLooserSearch(analyzer, analyzer.analyzeQuery('rekryteringsproblem'))?.reading.rewrites
 * // [{ term: 'rekryteringsproblem', replacement: 'rekrytering', source: 'looser', kind: 'replaced' },
 * //  { term: 'rekryteringsproblem', replacement: 'problem', source: 'looser', kind: 'replaced' }]
 */
export function readLooserSearch(
  analyzer: SearchAnalyzer,
  query: AnalysedQuery,
): LooserSearch | undefined {
  const looser: LooserPieces | undefined = query.looser
  const [first, ...rest] = looser?.pieces ?? []
  if (looser === undefined || first === undefined) return undefined
  // A piece is matched whole in the texts too, as the words of a query are but its last:
  // "nämner *hand* eller *ledare*" must not list a sheet for its *handlingsplan*, nor `problem`
  // one for *problematisk*. The word still being typed stays a beginning. As beginnings the
  // pieces scored a little higher on the blind set (recall@10 0.559 against 0.551, nDCG@10
  // 0.618 against 0.617: `långtids` then also found *långtidsarbetslöshet*), not on the
  // held-out set's finished queries.
  const read = (text: string): AnalysedQuery => {
    const piece = analyzer.analyzeQuery(text)
    return text.endsWith(' ') ? { ...piece, rawEndsWhole: true } : piece
  }
  const typedLast = looser.pieces.at(-1)?.query.endsWith(' ') === false
  return {
    pieces: [read(first.query), ...rest.map((piece) => read(piece.query))],
    marked: read(
      `${looser.pieces.map((piece) => piece.query.trimEnd()).join(' ')}${typedLast ? '' : ' '}`,
    ),
    reading: {
      searched: query.reading.searched,
      rewrites: [
        ...query.reading.rewrites,
        ...looser.pieces.map((piece) => ({
          term: looser.term,
          replacement: piece.shown,
          source: 'looser' as const,
          kind: 'replaced' as const,
        })),
      ],
    },
  }
}

/**
 * The looser search as one federated request: every piece's queries (each as `planSearch`
 * plans a query typed alone, with its own floors), merged by Meilisearch, so a sheet that any
 * piece finds is a hit, once, ranked by its best match.
 *
 * @example
 * planLooserSearch(looser.pieces, { indexUid: 'projects', fields: undefined, filter: '',
 *   sort: 'relevance', limit: 20, offset: 0, facets: [], analysedWeight: 0.8 }).queries.length
 * // the sum of the pieces' own queries
 */
export function planLooserSearch(
  pieces: LooserSearch['pieces'],
  input: Omit<SearchPlanInput, 'query'>,
): FederatedSearchRequest {
  const [first, ...rest] = pieces
  const firstPlan = planSearch({ ...input, query: first })
  const plans = [firstPlan, ...rest.map((query) => planSearch({ ...input, query }))]
  // Every piece's plan has the same page and facets; only the queries differ.
  return { federation: firstPlan.federation, queries: plans.flatMap((plan) => plan.queries) }
}
