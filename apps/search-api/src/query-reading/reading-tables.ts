import {
  createQueryExpander,
  type ExpansionEntry,
  QUERY_EXPANSIONS,
  type QueryExpansion,
  type SwedishAnalyzer,
  type AnalyzedQuery as SwedishQuery,
  THESAURUS_EXPANSIONS,
} from '@projektbank/analyzer'
import { deriveBaseWords } from './derive-words.js'
import { createReplacementReader, type ReadReplacement } from './expand-query.js'
import { createKeyTable, type KeyTable } from './key-table.js'

/** The rows a query is read by: abbreviations and synonyms, then the thesaurus. */
export interface ReadingTableRows {
  /** Abbreviations and synonyms (default: the analyser's `QUERY_EXPANSIONS`). */
  expansions?: readonly ExpansionEntry[]
  /** Thesaurus synonyms, read last (default: the analyser's `THESAURUS_EXPANSIONS`). */
  thesaurus?: readonly ExpansionEntry[]
}

/** What the reading tables say of a query, built once per analyser. */
export interface ReadingTables {
  /**
   * Every reading of the query's terms, in the order they are searched: the table's, the
   * derived words, the thesaurus's. `isIndexWord` (default: every word) tells which derived
   * words some text writes; the others are left out.
   */
  readings: (query: SwedishQuery, isIndexWord?: (word: string) => boolean) => QueryExpansion[]
  /** The readings of the parts of a compound being typed that are typed in full. */
  partReadings: (query: SwedishQuery) => QueryExpansion[]
  /** Whether the tables read the query's last word, or its last compound part. */
  readsTail: (query: SwedishQuery) => boolean
  /** Whether the word is a key of the expansion table (`coaching`), never a slip. */
  isExpansionKey: (word: string) => boolean
  /** Whether the word, as typed (lower case), is the key of a row of the expansion table. */
  isKeyAsTyped: (word: string) => boolean
  /** An expansion's text as the query terms it puts in place. */
  readReplacement: ReadReplacement
  /** The table's abbreviations of one word, lower case (`af`, `sfi`). */
  abbreviations: ReadonlySet<string>
  /** The expansion table's keys, which completions offer. */
  expansionKeys: KeyTable
  /** The keys of both tables, which a word being typed may be on its way to. */
  tableKeys: KeyTable
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i)

/**
 * Reads the expansion and thesaurus tables for queries: which readings a query's terms get,
 * and the tables' keys and abbreviations.
 *
 * @example
 * const tables = createReadingTables(analyzer, {})
 * tables.abbreviations.has('af') // true
 */
export function createReadingTables(
  analyzer: SwedishAnalyzer,
  rows: ReadingTableRows,
): ReadingTables {
  const expansions = rows.expansions ?? QUERY_EXPANSIONS
  const thesaurus = rows.thesaurus ?? THESAURUS_EXPANSIONS
  const findExpansions = createQueryExpander((q) => analyzer.analyzeQuery(q), expansions)
  // `coaching` is in the table, not a slip of *coachning*.
  const isExpansionKey = (word: string) => findExpansions(analyzer.analyzeQuery(word)).length > 0
  const keysAsTyped = new Set(expansions.map((entry) => entry.from.toLowerCase()))
  // A compound being typed has no parts the analyser can split yet (`jobbmatc`): its parts
  // typed in full are read as compound parts, by the rows that read a compound's parts.
  const findPartExpansions = createQueryExpander(
    (q) => analyzer.analyzeQuery(q),
    expansions.filter((entry) => entry.wholeWordsOnly !== true),
  )
  const findThesaurusExpansions = createQueryExpander((q) => analyzer.analyzeQuery(q), thesaurus)
  // The table's readings first; derived words only for the terms the table does not read;
  // the thesaurus's last, and never in their way (`anpassning` → *integration* would
  // otherwise hide *anpassa*: recall@10 of `anpassning` 1.000 → 0.333 on `pnpm eval:search`).
  const readings = (query: SwedishQuery, isIndexWord?: (word: string) => boolean) => {
    const fromTable = findExpansions(query)
    const covered = new Set(fromTable.flatMap((e) => range(e.start, e.end)))
    return [
      ...fromTable,
      ...deriveBaseWords(analyzer.lexicon, query, covered, isIndexWord),
      ...findThesaurusExpansions(query),
    ]
  }
  // The readings of the parts typed in full, never of the beginning that ends the query.
  const partReadings = (query: SwedishQuery) =>
    findPartExpansions(query).filter((e) => e.end < query.terms.length)
  // Whether the tables read the query's last word, or its last part (`barnfattig`: *fattig*
  // → *ekonomiskt utsatta*): then the word's readings stand as they are.
  const readsTail = (query: SwedishQuery) => {
    const last = query.terms.at(-1)
    const lastPart = (last?.parts.length ?? 0) - 1
    return findExpansions(query).some(
      (e) => e.end === query.terms.length && (e.part === undefined || e.part === lastPart),
    )
  }
  return {
    readings,
    partReadings,
    readsTail,
    isExpansionKey,
    isKeyAsTyped: (word) => keysAsTyped.has(word),
    readReplacement: createReplacementReader(analyzer),
    abbreviations: new Set(
      expansions
        .filter((entry) => entry.source === 'abbreviation' && !entry.from.includes(' '))
        .map((entry) => entry.from.toLowerCase()),
    ),
    // Completions offer the table's keys, not the thesaurus's: those are everyday words the
    // index holds anyway, while an abbreviation or a loan word may be written nowhere (NEET).
    // Rows read only when typed in full (everyday English words) are keys of neither.
    expansionKeys: createKeyTable(typedToward(expansions).map((entry) => entry.from)),
    tableKeys: createKeyTable(
      typedToward([...expansions, ...thesaurus]).map((entry) => entry.from),
    ),
  }
}

/** The rows whose key a word being typed may be on its way to (see `ExpansionEntry.typedInFull`). */
const typedToward = (entries: readonly ExpansionEntry[]) =>
  entries.filter((entry) => entry.typedInFull !== true)
