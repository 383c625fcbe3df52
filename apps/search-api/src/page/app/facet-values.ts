import { collator } from './format.js'

/**
 * The values a facet list shows, in order, with their counts. A selected value the search no
 * longer counts is listed with 0, so it can be unticked. Years run newest first; other facets
 * by count, then alphabetically in Swedish. Pure, so Node tests it.
 *
 * @example
 * facetValues('year', { '2011': 1, '2014': 2 }, []) // [['2014', 2], ['2011', 1]]
 */
export function facetValues(
  facet: string,
  counts: Record<string, number> | undefined,
  selected: string[],
): [value: string, count: number][] {
  const all: Record<string, number> = { ...counts }
  for (const value of selected) all[value] ??= 0
  return Object.entries(all).sort(([a, countA], [b, countB]) =>
    facet === 'year' ? Number(b) - Number(a) : countB - countA || collator.compare(a, b),
  )
}

/**
 * The values in the folded list: the first `shown`, plus any selected one further down, so
 * every ticked box stays visible.
 *
 * @example
 * foldedValues(['a', 'b', 'c'], ['c'], 1) // ['a', 'c']
 */
export function foldedValues(values: string[], selected: string[], shown: number): string[] {
  return values.filter((v, i) => i < shown || selected.includes(v))
}
