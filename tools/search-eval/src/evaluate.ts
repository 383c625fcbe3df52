import type { CorpusSheet } from './corpus.js'
import type { JudgedQuery, QueryKind } from './judgments.js'
import { CUTOFF, type Grades, type QueryScores, scoreRanking } from './metrics.js'
import type { SearchSystem } from './systems/search-system.js'

/** One query as one system answered it. */
export interface QueryRun {
  query: JudgedQuery
  /** Judgments keyed by project id. */
  grades: Grades
  /** File names of the hits, best first (ids the corpus does not know are kept as ids). */
  hits: string[]
  scores: QueryScores
}

/** All queries as one system answered them. */
export interface SystemRun {
  system: Pick<SearchSystem, 'key' | 'label'>
  runs: QueryRun[]
}

/**
 * Maps file-name judgments to project-id grades.
 *
 * @example
 * gradesById({ 'a.txt': 3 }, new Map([['a.txt', 'a-0123']])) // { 'a-0123': 3 }
 */
export function gradesById(
  judgments: JudgedQuery['judgments'],
  idByFile: ReadonlyMap<string, string>,
): Grades {
  const grades: Record<string, number> = {}
  for (const [file, grade] of Object.entries(judgments)) {
    const id = idByFile.get(file)
    if (id === undefined) throw new Error(`judged file ${file} is not in the corpus`)
    grades[id] = grade
  }
  return grades
}

/**
 * Runs every query against a system, one at a time (the three systems share one Meilisearch
 * on a small machine; timings are not measured here).
 *
 * @example
 * const run = await evaluateSystem(system, queries, sheets)
 * run.runs[0]?.scores.recall // 1
 */
export async function evaluateSystem(
  system: SearchSystem,
  queries: readonly JudgedQuery[],
  sheets: readonly CorpusSheet[],
  onQuery?: (done: number) => void,
): Promise<SystemRun> {
  const idByFile = new Map(sheets.map((s) => [s.file, s.project.id]))
  const fileById = new Map(sheets.map((s) => [s.project.id, s.file]))
  const runs: QueryRun[] = []
  for (const query of queries) {
    const grades = gradesById(query.judgments, idByFile)
    const ranking = await system.search(query.query, CUTOFF)
    runs.push({
      query,
      grades,
      hits: ranking.map((id) => fileById.get(id) ?? id),
      scores: scoreRanking(ranking, grades),
    })
    onQuery?.(runs.length)
  }
  return { system: { key: system.key, label: system.label }, runs }
}

/** The runs of one kind (or all runs for `all`). */
export function runsOfKind(run: SystemRun, kind: QueryKind | 'all'): QueryRun[] {
  return kind === 'all' ? run.runs : run.runs.filter((r) => r.query.kind === kind)
}
