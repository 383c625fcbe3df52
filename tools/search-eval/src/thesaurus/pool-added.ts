import { type PoolEntry, shuffled } from '../pool.js'
import type { PairMeasurement } from './measurements.js'

/**
 * The sheets that measured pairs brought onto a query's first page without a judgment for
 * that query, one entry per query, shuffled and without the pair that brought them, as
 * `--pool` gives the systems' unjudged hits: once judged, the pairs can be measured again
 * on real grades instead of counting these sheets as not relevant.
 *
 * @example
 * poolAddedUnjudged(measurements.pairs, Math.random)
 * // [{ id: 'ptc-11', kind: 'part-to-compound', query: 'koordinator', unjudged: [ … ] }]
 */
export function poolAddedUnjudged(
  pairs: readonly PairMeasurement[],
  random: () => number,
): PoolEntry[] {
  const byQuery = new Map<string, PoolEntry>()
  for (const pair of pairs) {
    for (const delta of pair.queries) {
      const entry = byQuery.get(delta.id) ?? {
        id: delta.id,
        kind: delta.kind,
        query: delta.query,
        unjudged: [],
      }
      for (const hit of delta.added) {
        if (hit.grade === null && !entry.unjudged.includes(hit.file)) entry.unjudged.push(hit.file)
      }
      byQuery.set(delta.id, entry)
    }
  }
  return [...byQuery.values()]
    .filter((entry) => entry.unjudged.length > 0)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) => ({ ...entry, unjudged: shuffled([...entry.unjudged].sort(), random) }))
}
