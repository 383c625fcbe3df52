import {
  type Facet,
  PLACE_ATTRIBUTES,
  RAW_SEARCHABLE_ATTRIBUTES,
  SEARCH_FIELDS,
  type SearchField,
  type SearchHit,
  SORT_OPTIONS,
  type SortOption,
  STATS_ATTRIBUTES,
  SV_TERM_FIELDS,
  svTermsAttribute,
} from '@projektbank/model'
import type { FederatedQuery, FederatedSearchRequest } from './meilisearch-gateway.js'
import { typosAllowed } from './query-reading/typo-budget.js'
import type { AnalysedQuery, SearchAnalyzer } from './search-analyzer.js'

/** Raw attributes searched when `fields` is not given: every text (incl. extra sections) and the places. */
const ALL_RAW_ATTRIBUTES = RAW_SEARCHABLE_ATTRIBUTES

const isPlaceAttribute = (attribute: string) =>
  (PLACE_ATTRIBUTES as readonly string[]).includes(attribute)

/** Attributes a hit needs for the list view. */
export const HIT_ATTRIBUTES = [
  'id',
  'title',
  'owner',
  'region',
  'programArea',
  'phase',
  'startDate',
  'endDate',
  'esfGrant',
  'totalBudget',
  'municipality',
  'targetGroup',
]

/**
 * Share of the analysed query's weight the alternative query gets. A document that matches
 * only the respelled word (*får* for `far`) then scores at most a quarter of what it would
 * through the word as typed, so the sheets with the word as typed come first.
 */
export const DEFAULT_ALTERNATIVE_WEIGHT = 0.25

/**
 * Share of the analysed query's weight an expanded query gets (an abbreviation written out, a
 * synonym, a derived word): below the words as typed, so that a sheet that says `AF` ranks
 * before one that only says *Arbetsförmedlingen* when the user typed `AF`. With the bundled
 * table, on `pnpm eval:search` (2026-12-03): recall@10 0.722 → 0.792, nDCG@10 0.784 → 0.859,
 * precision@10 0.725 → 0.744, zero-result rate 0.050 → 0 (at half the weight). Raised from
 * half to 0.8 later: at half, a sheet with every word of a reading (`arbetslösa unga` for
 * `arbetslösa ungdomar`) scored no more than one with only the first word as typed (a project
 * for *arbetslösa* over 55 ranked second). Main set 0.826 / 0.886 / 0.892 → 0.825 / 0.886 / 0.896
 * (recall / precision / nDCG@10), synonym nDCG 0.860 → 0.890, English 0.853 → 0.879; blind
 * set nDCG 0.681 → 0.689. At 1.0 inflection nDCG fell 0.883 → 0.867.
 */
export const DEFAULT_EXPANSION_WEIGHT = 0.8

/**
 * Share of an expanded query's weight the query with several terms' readings at once gets
 * (`AnalysedQuery.expandedTogether`): it adds the sheets that use every reading and no word as
 * typed, below those the single readings find. At the expansions' own weight, on
 * `pnpm eval:search` (2026-12-03) synonym recall@10 rose 0.772 → 0.777 but nDCG@10 fell
 * 0.858 → 0.853 (`jobb åt nyanlända`: its grade-3 sheets pushed down), so it was half. Since
 * the expansions weigh 0.8 of the analysed query, 0.8 of theirs ranks the sheets with every
 * reading above those with one reading and the other word only in passing: synonym recall@10
 * 0.782 → 0.796, precision@10 0.858 → 0.878, nDCG@10 0.890 → 0.899 (`ungdomar utan jobb`,
 * `jobb åt nyanlända`); every other kind, the typing rows, held-out and blind sets unchanged.
 */
export const TOGETHER_WEIGHT = 0.8

/**
 * How the analysed queries of several words match when a document lacks some of them
 * (a single word asks for `all`, see `AnalysedQuery.analysedMatching`). `frequency`
 * drops the most common words first, so a document that matches only a common part of the
 * query (`jobb` of `industrijobb`, `stöd` of `stöd till långtidssjukskrivna`) no longer comes
 * back just because that part is first; Meilisearch's default `last` drops words from the end.
 * On `pnpm eval:search` (2026-12-03) this, with compounds searched as their parts, raised the
 * full system's precision@10 from 0.666 to 0.720, recall@10 from 0.714 to 0.722 and nDCG@10
 * from 0.770 to 0.784.
 */
export const ANALYSED_MATCHING_STRATEGY = 'frequency'

/**
 * Least ranking score (before weighting) of a hit of the analysed query of several words.
 * `frequency` lets in a sheet that matches only the commonest word of the query (`kvinna` of
 * `nyanländ kvinna`); such a sheet scores below 0.4 and is no answer to the query. On
 * `pnpm eval:search` (2026-12-02): multi-word precision@10 0.582 → 0.594 (above plain
 * Meilisearch's 0.586), recall@10 0.691 → 0.680; overall precision@10 0.795 → 0.798, recall@10
 * 0.775 → 0.774, nDCG@10 0.857 (unchanged).
 */
export const ANALYSED_PARTIAL_MIN_SCORE = 0.4

/**
 * Share of the analysed query's weight the spelled-out parts of a one-word compound get
 * (`AnalysedQuery.spelledOut`): a sheet with the compound itself ranks first.
 */
export const SPELLED_OUT_WEIGHT = 0.5

/**
 * Least ranking score (before weighting) a spelled-out match needs. The parts anywhere in a
 * sheet, in different sections, score about 0.77 or less; in one section about 0.96. With the
 * compound searched whole and its parts at this floor, on `pnpm eval:search` (2026-12-02):
 * precision@10 0.783 → 0.795, nDCG@10 0.852 → 0.857, recall@10 0.775 (unchanged); typo
 * precision 0.848 → 0.912, no-diacritics 0.793 → 0.800, compound-to-part 0.775 → 0.818.
 */
export const SPELLED_OUT_MIN_SCORE = 0.8

/**
 * Least ranking score of a raw match when the query is one word that the index holds as typed
 * (`AnalysedQuery.rawIsIndexWord`). Meilisearch's typo rule halves the score of a one-word
 * match with one typo (a third of it with two in a long word), so such a match scores below
 * 0.5 and an exact or prefix match above it: what is left out is another word one letter away
 * (`gäller` for `gävle`, `lärare` for `läkare`, `skolorna` for `förskolor`). The word's own
 * inflections are still found by the analysed query on the twins. A word the index does not
 * hold (a slip, a prefix being typed) keeps Meilisearch's typo tolerance. On
 * `pnpm eval:search` (2026-12-02): precision@10 0.856 → 0.871, recall@10 0.806 → 0.805,
 * nDCG@10 0.881 → 0.879; see the commit for the kinds.
 */
export const RAW_WORD_MIN_SCORE = 0.5

/**
 * Least ranking score of a one-word query's match without a typo. Meilisearch's typo rule
 * splits the score by the typos a word may have: with one allowed (and for every short word,
 * since it may always be split in two), a match with none scores at least 1/2 and one with a
 * typo at most 1/2; with two allowed, 2/3 and at most 2/3. A word split in two counts as one
 * typo (`kommun förbund` for `kommunförbund`), and with the index's proximity by attribute the
 * halves may stand anywhere in one section. On the twins, where typos are off, the split is
 * the only typo: a one-word twin query above this floor is the word itself, and its parts
 * apart are the thresholded spelled-out query's (`SPELLED_OUT_MIN_SCORE`) to find.
 *
 * @example
 * typoFreeMinScore('kommunförbund') // 2/3
 */
export function typoFreeMinScore(word: string): number {
  return typosAllowed(word) === 2 ? 2 / 3 : 1 / 2
}

/**
 * How many of the first matches a request that only counts (`hitsPerPage=0`, the facet counts
 * of `/facets/:facet?query=`) still ranks, ids only: the default page of `/search`.
 * Meilisearch leaves out the matches below a query's `rankingScoreThreshold` only as it ranks
 * them, so a count that ranked nothing held every match the floors leave out
 * (`forsorjningsstod` on the eval corpus: 9 counted, 7 found). Ranking the default page makes
 * the counts those of `/search` with its default page: exact while the matches above the
 * floors fit on it, and never lower than the true count beyond.
 */
export const COUNT_WINDOW = 20

/** What to search and how to page; the filter is already built. */
export interface SearchPlanInput {
  indexUid: string
  query: AnalysedQuery
  fields: readonly SearchField[] | undefined
  filter: string
  sort: SortOption
  limit: number
  offset: number
  facets: readonly Facet[]
  analysedWeight: number
  /**
   * Weight of the alternative query (words of their own respelled, see `AnalysedQuery`)
   * relative to the analysed one; low, so that matches of the words as typed come first.
   */
  alternativeWeight?: number
  /** Attributes to return; default: the list view plus the searched texts. */
  retrieve?: readonly string[]
  /** Ask for min/max of the amounts (default true; the export does without). */
  withStats?: boolean
}

/**
 * The one federated `/multi-search` behind `/search` and `/export`: the raw query on the
 * original fields (weight 1) and the analysed query on their `svTerms.*` twins, merged by
 * Meilisearch (one hit per document, facets over the merged result).
 *
 * @example
 * planSearch({ indexUid: 'projects', query, fields: ['background'], filter: '', sort: 'relevance',
 *   limit: 20, offset: 0, facets: ['region'], analysedWeight: 0.8 }).queries.length // 2
 */
export function planSearch(input: SearchPlanInput): FederatedSearchRequest {
  const searched = input.fields?.length ? input.fields : undefined
  // Texts are only needed for snippets, and there are none without a positive term.
  const texts = input.query.hasPositiveTerms ? (searched ?? SEARCH_FIELDS) : []
  const retrieve = [...(input.retrieve ?? [...HIT_ATTRIBUTES, ...texts])]
  const common = {
    indexUid: input.indexUid,
    attributesToRetrieve: [...new Set(retrieve)],
    ...(input.filter ? { filter: input.filter } : {}),
    sort: [...SORT_OPTIONS[input.sort]],
  }
  const queries: FederatedQuery[] = []
  const { raw, analysed } = input.query
  const fields: readonly string[] = searched ?? ALL_RAW_ATTRIBUTES
  // Places have no analysed twin: names are matched as written.
  const twins = (searched ?? SV_TERM_FIELDS).map((f) => svTermsAttribute(f))
  if (raw === '') {
    queries.push({ ...common, q: '' })
  } else {
    // A sorted search sends the same queries with the same floors: the index ranks by `sort`
    // first, so federation merges their hits by the sort value, and a sort lists exactly the
    // projects the relevance order finds (`far` sorted by grant once lost the 45 sheets its
    // respelling *får* finds, `gavle` gained the *gäller* sheets its floor leaves out).
    queries.push({
      ...common,
      q: input.query.rawEndsWhole ? wholeWords(raw) : raw,
      attributesToSearchOn: [...fields],
      federationOptions: { weight: rawWeight(input) },
      // A place named among several words stays required (`validering örebro`): by default
      // Meilisearch drops the last words first, and a place usually comes last. On
      // `pnpm eval:search` (2026-12-03): names-and-places precision@10 0.946 → 0.993, the
      // rest unchanged. For every query of several words it cost recall: multi-word 0.747 →
      // 0.615 (the rarest word is kept, and it is not always the one that matters).
      ...(input.query.rawNamesAPlace ? { matchingStrategy: 'frequency' as const } : {}),
      ...(input.query.rawIsIndexWord ? { rankingScoreThreshold: RAW_WORD_MIN_SCORE } : {}),
    })
    if (analysed !== '') {
      queries.push({
        ...common,
        q: input.query.analysedEndsInPrefix ? analysed : wholeWords(analysed),
        attributesToSearchOn: twins,
        federationOptions: { weight: input.analysedWeight },
        ...analysedMatching(input.query),
      })
    }
    if (input.query.spelledOut) {
      queries.push({
        ...common,
        q: input.query.spelledOutEndsInPrefix
          ? input.query.spelledOut
          : wholeWords(input.query.spelledOut),
        attributesToSearchOn: twins,
        federationOptions: { weight: input.analysedWeight * SPELLED_OUT_WEIGHT },
        matchingStrategy: 'all',
        rankingScoreThreshold: SPELLED_OUT_MIN_SCORE,
      })
    }
    for (const expanded of input.query.expanded ?? []) {
      queries.push({
        ...common,
        q: input.query.expandedEndsInPrefix ? expanded : wholeWords(expanded),
        attributesToSearchOn: twins,
        federationOptions: {
          weight: input.analysedWeight * DEFAULT_EXPANSION_WEIGHT,
        },
        // Every word of the expansion: `kommunala aktivitetsansvaret` for KAA must not come
        // back as every sheet that says `kommunal`.
        matchingStrategy: 'all',
      })
    }
    for (const together of input.query.expandedTogether ?? []) {
      queries.push({
        ...common,
        q: input.query.expandedEndsInPrefix ? together : wholeWords(together),
        attributesToSearchOn: twins,
        federationOptions: {
          weight: input.analysedWeight * DEFAULT_EXPANSION_WEIGHT * TOGETHER_WEIGHT,
        },
        matchingStrategy: 'all',
      })
    }
    if (input.query.alternative !== '') {
      queries.push({
        ...common,
        q: wholeWords(input.query.alternative),
        // Places have no twin, and a respelled word is often one (`mala` → *Malå*).
        attributesToSearchOn: [...twins, ...fields.filter(isPlaceAttribute)],
        federationOptions: {
          weight: input.analysedWeight * (input.alternativeWeight ?? DEFAULT_ALTERNATIVE_WEIGHT),
        },
        matchingStrategy: input.query.analysedMatching ?? ANALYSED_MATCHING_STRATEGY,
      })
    }
  }
  const facetAttributes = [...input.facets, ...(input.withStats === false ? [] : STATS_ATTRIBUTES)]
  const facetOptions = facetAttributes.length
    ? { facetsByIndex: { [input.indexUid]: facetAttributes }, mergeFacets: {} }
    : {}
  return { federation: { limit: input.limit, offset: input.offset, ...facetOptions }, queries }
}

/**
 * Weight of the raw query: 1, so that a word as typed ranks first, except for a query of
 * several words searched with its analysed twin too. Then the raw query weighs as much as the
 * analysed one, which reads every surface form as well: a sheet ranks by how much of the
 * query it matches, and one that has only the first word as typed (Meilisearch's `last`
 * strategy drops words from the end; `kompetensutveckling` of `kompetensutveckling i
 * äldreomsorgen`) no longer outranks one that the analysed query finds with most of the
 * words. On `pnpm eval:search` (2026-12-02): multi-word recall@10 0.684 → 0.717, nDCG@10
 * 0.812 → 0.835, precision@10 0.640 → 0.656.
 */
function rawWeight(input: SearchPlanInput): number {
  const severalWords = input.query.analysedMatching === 'frequency'
  return severalWords && input.query.analysed !== '' ? input.analysedWeight : 1
}

/**
 * A query for the `svTerms.*` twins with its last word matched whole, not as a prefix:
 * Meilisearch reads the last word of `q` as a prefix unless a space follows it. The twins hold
 * every surface form and lemma of every word, so a prefix there adds only other words that
 * begin with it (`enhet` found *enhetlig*, `bidrag` *bidragit*, `psykiatri` the
 * *psykiatrisk* of *neuropsykiatriska*). The raw query keeps its prefix (a word being
 * typed). On
 * `pnpm eval:search` (2026-12-02): precision@10 0.867 → 0.874, nDCG@10 0.885 → 0.887,
 * recall@10 0.820 unchanged.
 *
 * @example
 * wholeWords('arbetsmarknad enhet') // 'arbetsmarknad enhet '
 */
export function wholeWords(q: string): string {
  return `${q} `
}

/** How the analysed query matches: all its words, or the rarest ones above a score floor. */
function analysedMatching(
  query: AnalysedQuery,
): Pick<FederatedQuery, 'matchingStrategy' | 'rankingScoreThreshold'> {
  const strategy = query.analysedMatching ?? ANALYSED_MATCHING_STRATEGY
  if (strategy !== 'all') {
    return { matchingStrategy: strategy, rankingScoreThreshold: ANALYSED_PARTIAL_MIN_SCORE }
  }
  return isOneWord(query.analysed)
    ? { matchingStrategy: strategy, rankingScoreThreshold: typoFreeMinScore(query.analysed) }
    : { matchingStrategy: strategy }
}

const isOneWord = (q: string) => /^[\p{L}\p{N}]+$/u.test(q)

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null)
const int = (value: unknown): number | null => (typeof value === 'number' ? value : null)
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return strings(value).join('\n') || null
  return null
}

/**
 * Maps a Meilisearch document to a hit, with a highlighted snippet for every searched field
 * that matches the query.
 */
export function toSearchHit(
  doc: Record<string, unknown>,
  query: AnalysedQuery,
  fields: readonly SearchField[],
  analyzer: SearchAnalyzer,
): SearchHit {
  const snippets: Record<string, string> = {}
  if (query.hasPositiveTerms) {
    for (const field of fields) {
      const text = textOf(doc[field])
      const snippet = text ? analyzer.highlight(text, query) : null
      if (snippet) snippets[field] = snippet
    }
  }
  return {
    id: String(doc.id),
    title: str(doc.title) ?? '',
    owner: str(doc.owner),
    region: str(doc.region),
    programArea: str(doc.programArea),
    phase: str(doc.phase),
    period: { start: str(doc.startDate), end: str(doc.endDate) },
    esfGrant: int(doc.esfGrant),
    totalBudget: int(doc.totalBudget),
    municipalities: strings(doc.municipality),
    targetGroups: strings(doc.targetGroup),
    snippets,
  }
}
