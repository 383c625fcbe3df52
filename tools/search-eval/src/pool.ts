import type { SystemRun } from './evaluate.js'
import type { QueryKind } from './judgments.js'
import { CUTOFF } from './metrics.js'

/**
 * One query's pooled sheets that have no judgment yet, in random order and without the
 * systems that returned them, so that whoever judges them cannot tell (or favour) the source.
 */
export interface PoolEntry {
  id: string
  kind: QueryKind
  query: string
  /** Sheet file names to judge, shuffled. */
  unjudged: string[]
}

/**
 * Fisher–Yates shuffle of a copy; `random` returns a number in [0, 1) like `Math.random`.
 *
 * @example
 * shuffled(['a', 'b', 'c'], () => 0) // ['b', 'c', 'a']
 */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const a = out[i] as T
    out[i] = out[j] as T
    out[j] = a
  }
  return out
}

/**
 * The pool to judge, as TREC builds it: for every query, the union of the first `depth` hits
 * of all systems, less the sheets already judged for that query (at any grade, 0 included).
 * Queries with nothing left to judge are left out. The runs must hold the same queries in the
 * same order, as `evaluateSystem` gives them.
 *
 * @example
 * poolUnjudged([runA, runB, runC], Math.random)
 * // [{ id: 'ty-01', kind: 'typo', query: 'validerng', unjudged: ['c-08-uvas-sandviken.txt'] }]
 */
export function poolUnjudged(
  runs: readonly SystemRun[],
  random: () => number,
  depth = CUTOFF,
): PoolEntry[] {
  const first = runs[0]
  if (first === undefined) return []
  return first.runs.flatMap(({ query }, index) => {
    const pooled = new Set<string>()
    for (const run of runs) {
      const queryRun = run.runs[index]
      if (queryRun?.query.id !== query.id) {
        throw new Error(`(${run.system.key}) has no run of ${query.id} at position ${index}`)
      }
      for (const file of queryRun.hits.slice(0, depth)) pooled.add(file)
    }
    const unjudged = [...pooled].filter((file) => query.judgments[file] === undefined).sort()
    if (unjudged.length === 0) return []
    return [
      { id: query.id, kind: query.kind, query: query.query, unjudged: shuffled(unjudged, random) },
    ]
  })
}
