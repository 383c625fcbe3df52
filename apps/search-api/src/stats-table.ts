import { FACETS, type Facet } from '@projektbank/model'

/** Document attributes a statistics row is made of. */
export const STATS_ROW_ATTRIBUTES = ['id', 'esfGrant', 'totalBudget', ...FACETS] as const

/**
 * The values of one facet for every row, as a compressed sparse row list: the values of row
 * `r` are `values[valueIds[k]]` for `k` from `starts[r]` to `starts[r + 1]`, each at most once.
 */
export interface FacetColumn {
  /** Every distinct value, as a string (years too, as Meilisearch's facet counts write them). */
  values: string[]
  starts: Uint32Array
  valueIds: Uint32Array
}

/**
 * One compact row per project of the index: its amounts and its facet values, in typed
 * arrays (about 150 bytes a project with the id map), so `/stats` sums over the whole corpus
 * without asking Meilisearch for documents.
 */
export interface StatsTable {
  /** Projects in the table. */
  size: number
  /** Row of each project id. */
  rowOf: Map<string, number>
  /** ESF grant per row, SEK; 0 when the sheet states none. */
  esfGrant: Float64Array
  /** Total budget per row, SEK; 0 when the sheet states none. */
  totalBudget: Float64Array
  facets: Record<Facet, FacetColumn>
}

const amount = (value: unknown): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0

function facetStrings(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value]
  const strings = items.flatMap((item) =>
    typeof item === 'string' || typeof item === 'number' ? [String(item)] : [],
  )
  return [...new Set(strings)]
}

/**
 * Collects documents (with at least {@link STATS_ROW_ATTRIBUTES}) page by page and builds the
 * table. A document seen twice (an index changing under a paged read) fails the build, since
 * its sums would count twice.
 *
 * @example
 * const builder = statsTableBuilder()
 * builder.add(page.hits)
 * const table = builder.build()
 */
export function statsTableBuilder() {
  const rowOf = new Map<string, number>()
  const grants: number[] = []
  const budgets: number[] = []
  const columns = FACETS.map(() => ({
    dictionary: new Map<string, number>(),
    starts: [0],
    valueIds: [] as number[],
  }))
  return {
    /** Adds documents; throws on an id already added. */
    add(docs: readonly Record<string, unknown>[]): void {
      for (const doc of docs) {
        const id = String(doc.id)
        if (rowOf.has(id)) throw new Error(`project ${id} was read twice while loading statistics`)
        rowOf.set(id, grants.length)
        grants.push(amount(doc.esfGrant))
        budgets.push(amount(doc.totalBudget))
        FACETS.forEach((facet, i) => {
          const column = columns[i]
          if (!column) return
          for (const value of facetStrings(doc[facet])) {
            let valueId = column.dictionary.get(value)
            if (valueId === undefined) {
              valueId = column.dictionary.size
              column.dictionary.set(value, valueId)
            }
            column.valueIds.push(valueId)
          }
          column.starts.push(column.valueIds.length)
        })
      }
    },
    /** The table of everything added. */
    build(): StatsTable {
      const facets = Object.fromEntries(
        FACETS.map((facet, i) => {
          const column = columns[i] ?? { dictionary: new Map(), starts: [0], valueIds: [] }
          return [
            facet,
            {
              values: [...column.dictionary.keys()],
              starts: Uint32Array.from(column.starts),
              valueIds: Uint32Array.from(column.valueIds),
            },
          ]
        }),
      ) as Record<Facet, FacetColumn>
      return {
        size: grants.length,
        rowOf,
        esfGrant: Float64Array.from(grants),
        totalBudget: Float64Array.from(budgets),
        facets,
      }
    },
  }
}
