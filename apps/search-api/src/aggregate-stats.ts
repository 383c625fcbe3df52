import type { Facet, StatsGroup, StatsSort, StatsSums } from '@projektbank/model'
import type { StatsTable } from './stats-table.js'

const collator = new Intl.Collator('sv')

/** Groups and totals of `/stats`, see {@link aggregateStats}. */
export interface AggregatedStats {
  groups: StatsGroup[]
  totals: StatsSums
}

function checkedSum(value: number, what: string): number {
  // Integers add exactly in a double up to 2^53 SEK (9 billiard kronor); beyond, refuse.
  if (!Number.isSafeInteger(value)) throw new RangeError(`the sum of ${what} is not exact`)
  return value
}

/**
 * Sums the rows of the table (`null`: every row) by the values of one facet. A row is counted
 * once in each of its values, so the groups can add up to more than the totals; rows without
 * a value form the group `value: null`. Amounts are exact integer sums.
 *
 * @example
 * aggregateStats(table, null, 'county', 'esfGrant').groups[0]
 * // { value: 'Örebro län', count: 1, esfGrant: 3806584, totalBudget: 7613168 }
 */
export function aggregateStats(
  table: StatsTable,
  rows: Iterable<number> | null,
  groupBy: Facet,
  sort: StatsSort,
): AggregatedStats {
  const column = table.facets[groupBy]
  const size = column.values.length
  // One slot per value, and the last one for "no value".
  const counts = new Uint32Array(size + 1)
  const grants = new Float64Array(size + 1)
  const budgets = new Float64Array(size + 1)
  const totals = { count: 0, esfGrant: 0, totalBudget: 0 }
  const add = (row: number) => {
    const grant = table.esfGrant[row] ?? 0
    const budget = table.totalBudget[row] ?? 0
    totals.count++
    totals.esfGrant += grant
    totals.totalBudget += budget
    const start = column.starts[row] ?? 0
    const end = column.starts[row + 1] ?? start
    if (start === end) {
      counts[size] = (counts[size] ?? 0) + 1
      grants[size] = (grants[size] ?? 0) + grant
      budgets[size] = (budgets[size] ?? 0) + budget
    }
    for (let k = start; k < end; k++) {
      const slot = column.valueIds[k] ?? size
      counts[slot] = (counts[slot] ?? 0) + 1
      grants[slot] = (grants[slot] ?? 0) + grant
      budgets[slot] = (budgets[slot] ?? 0) + budget
    }
  }
  if (rows === null) for (let row = 0; row < table.size; row++) add(row)
  else for (const row of rows) add(row)

  const groups: StatsGroup[] = []
  for (let slot = 0; slot <= size; slot++) {
    const count = counts[slot] ?? 0
    if (count === 0) continue
    const value = slot === size ? null : (column.values[slot] ?? null)
    groups.push({
      value,
      count,
      esfGrant: checkedSum(grants[slot] ?? 0, 'ESF grants'),
      totalBudget: checkedSum(budgets[slot] ?? 0, 'budgets'),
    })
  }
  groups.sort(groupOrder(groupBy, sort))
  return {
    groups,
    totals: {
      count: totals.count,
      esfGrant: checkedSum(totals.esfGrant, 'ESF grants'),
      totalBudget: checkedSum(totals.totalBudget, 'budgets'),
    },
  }
}

function compareValues(groupBy: Facet, a: string, b: string): number {
  return groupBy === 'year' ? Number(a) - Number(b) : collator.compare(a, b)
}

/** The order of the groups; ties fall back to the next measure and then to the value. */
function groupOrder(groupBy: Facet, sort: StatsSort) {
  return (a: StatsGroup, b: StatsGroup): number => {
    // The group of projects without a value comes last in every order.
    if (a.value === null || b.value === null) return a.value === null ? 1 : -1
    const byValue = compareValues(groupBy, a.value, b.value)
    if (sort === 'value') return byValue
    if (sort === 'count') return b.count - a.count || b.esfGrant - a.esfGrant || byValue
    return b.esfGrant - a.esfGrant || b.count - a.count || byValue
  }
}
