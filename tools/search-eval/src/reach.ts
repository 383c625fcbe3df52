import type { QueryReading } from '@projektbank/model'
import type { CorpusSheet } from './corpus.js'
import { gradesById } from './evaluate.js'
import type { JudgedQuery, QueryKind } from './judgments.js'
import { bestOrderNdcgAt, CUTOFF, ndcgAt, recallAt, reorderedRecallAt } from './metrics.js'
import { rawDocument } from './systems/raw-document.js'

/**
 * How deep the full system's answer is read for what it returns at all: beyond the size of
 * the corpus (62 sheets), so every match counts.
 */
export const RETURNED_DEPTH = 100

/** The full system as the reach needs it: its hits to a depth, and how it read the query. */
export interface ReadingSystem {
  searchRead(query: string, limit: number): Promise<{ ids: string[]; reading: QueryReading }>
}

/**
 * One query's recall@10 and nDCG@10 at four levels, each bounding the next: the set itself,
 * matching words, what the system returns, and its first page. The gaps say where the
 * missing recall lies: in sheets no word of the query reaches, in matches the system leaves
 * out, or in its order.
 */
export interface QueryReach {
  query: JudgedQuery
  /** Every relevant sheet first: only the 10 places limit it. */
  ceiling: number
  /**
   * The relevant sheets that share a word with some reading of the query, or that the system
   * returns (Meilisearch's typo and prefix matching reach a little beyond the analysis), first.
   */
  wordReach: { recall: number; ndcg: number }
  /** The relevant sheets the system returns at any rank, first. */
  returned: { recall: number; ndcg: number }
  /** The first page as the system ranks it (the report's scores). */
  firstPage: { recall: number; ndcg: number }
}

/** Mean of each level over some queries, and how many they are. */
export type ReachSummary = Omit<QueryReach, 'query'> & { queries: number }

type AnalyzeText = (text: string) => string

const wordsOf = (analyzeText: AnalyzeText, text: string) =>
  new Set(analyzeText(text).split(/\s+/).filter(Boolean))

/**
 * Every word a reading of the query searches, as the index's analysis spells it (forms,
 * lemmas, compound parts): the query as typed, as searched (diacritics restored, slips
 * corrected) and each rewrite's replacement (synonyms, abbreviations written out).
 *
 * @example
 * queryWords(analyzeText, 'AF', { searched: 'af', rewrites: [{ term: 'af', replacement: 'arbetsförmedlingen', source: 'abbreviation', kind: 'added' }] })
 * // Set { 'af', 'arbetsförmedlingen', 'arbete', 'förmedling', … }
 */
export function queryWords(
  analyzeText: AnalyzeText,
  query: string,
  reading: QueryReading,
): Set<string> {
  const texts = [query, reading.searched, ...reading.rewrites.map((r) => r.replacement)]
  return wordsOf(analyzeText, texts.join('\n'))
}

/**
 * Every word of a sheet's searchable texts and places, analysed as the index analyses them.
 *
 * @example
 * sheetWords(analyzeText, sheet).has('undersköterska') // true for a care sheet
 */
export function sheetWords(analyzeText: AnalyzeText, sheet: CorpusSheet): Set<string> {
  const { id: _id, ...texts } = rawDocument(sheet.project)
  const parts = Object.values(texts).flatMap((value) => (value === null ? [] : [value].flat()))
  return wordsOf(analyzeText, parts.join('\n'))
}

/**
 * Measures each query's {@link QueryReach} against the full system: one search to
 * {@link RETURNED_DEPTH} per query, the words of every sheet analysed once.
 *
 * @example
 * const reach = await measureReach(system, analyzer.analyzeText, queries, sheets)
 * summariseReach(reach).wordReach.recall // 0.897
 */
export async function measureReach(
  system: ReadingSystem,
  analyzeText: AnalyzeText,
  queries: readonly JudgedQuery[],
  sheets: readonly CorpusSheet[],
): Promise<QueryReach[]> {
  const idByFile = new Map(sheets.map((s) => [s.file, s.project.id]))
  const words = sheets.map((sheet) => ({
    id: sheet.project.id,
    words: sheetWords(analyzeText, sheet),
  }))
  const reaches: QueryReach[] = []
  for (const query of queries) {
    const grades = gradesById(query.judgments, idByFile)
    const { ids, reading } = await system.searchRead(query.query, RETURNED_DEPTH)
    const searched = queryWords(analyzeText, query.query, reading)
    // What the system returns counts too: Meilisearch's typo and prefix matching on the texts
    // reaches words the analysis does not (*samordnar* for `samordnare`, one letter off).
    const sharing = [
      ...new Set([
        ...words
          .filter((sheet) => [...searched].some((word) => sheet.words.has(word)))
          .map((sheet) => sheet.id),
        ...ids,
      ]),
    ]
    reaches.push({
      query,
      ceiling: reorderedRecallAt(Object.keys(grades), grades),
      wordReach: {
        recall: reorderedRecallAt(sharing, grades),
        ndcg: bestOrderNdcgAt(sharing, grades),
      },
      returned: { recall: reorderedRecallAt(ids, grades), ndcg: bestOrderNdcgAt(ids, grades) },
      firstPage: { recall: recallAt(ids, grades, CUTOFF), ndcg: ndcgAt(ids, grades, CUTOFF) },
    })
  }
  return reaches
}

/**
 * The mean of each level over the queries of one kind (or all of them).
 *
 * @example
 * summariseReach(reaches, 'synonym').ceiling // 0.95
 */
export function summariseReach(
  reaches: readonly QueryReach[],
  kind: QueryKind | 'all' = 'all',
): ReachSummary {
  const of = reaches.filter((r) => kind === 'all' || r.query.kind === kind)
  const mean = (pick: (r: QueryReach) => number) =>
    of.length === 0 ? 0 : of.reduce((sum, r) => sum + pick(r), 0) / of.length
  return {
    queries: of.length,
    ceiling: mean((r) => r.ceiling),
    wordReach: { recall: mean((r) => r.wordReach.recall), ndcg: mean((r) => r.wordReach.ndcg) },
    returned: { recall: mean((r) => r.returned.recall), ndcg: mean((r) => r.returned.ndcg) },
    firstPage: { recall: mean((r) => r.firstPage.recall), ndcg: mean((r) => r.firstPage.ndcg) },
  }
}
