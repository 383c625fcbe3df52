import type {
  QueryExpansion,
  SwedishAnalyzer,
  AnalyzedQuery as SwedishQuery,
} from '@projektbank/analyzer'
import type { IndexReaders } from './index-readers.js'
import type { ReadingTables } from './reading-tables.js'

/**
 * What the steps of reading one query ask: the analyser, the reading tables, the readers of
 * the index's words, and the readings of the query's terms.
 *
 * @example
 * readTypedQuery(q, analyzer.analyzeQuery(q), false, { analyzer, tables, readers, readingsOf })
 */
export interface QueryContext {
  readonly analyzer: SwedishAnalyzer
  readonly tables: ReadingTables
  /** The readers of the current index's words (rebuilt when the index changes). */
  readonly readers: () => IndexReaders
  /** The tables' readings of a query's terms, read once per query (`tables.readings`). */
  readonly readingsOf: (query: SwedishQuery) => readonly QueryExpansion[]
}
