import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import type { RunStats } from './_stats.js'

type Row = RunStats & { file: string }

/** One row per name: the parser-fuzz counter reports once per test file. */
function mergeByName(rows: readonly Row[]): Row[] {
  const merged = new Map<string, Row>()
  for (const row of rows) {
    const seen = merged.get(row.file)
    if (seen === undefined) {
      merged.set(row.file, { ...row, errors: [...row.errors], notes: [...row.notes] })
      continue
    }
    seen.cases += row.cases
    seen.faults += row.faults
    seen.requests += row.requests
    seen.errors.push(...row.errors)
    seen.notes.push(...row.notes)
  }
  return [...merged.values()]
}

/**
 * Global setup of the whole run (every project): gives each worker the stats file, prints the
 * totals when the run ends.
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'reliability-stats-'))
  const file = join(dir, 'stats.ndjson')
  writeFileSync(file, '')
  for (const each of [project, ...project.vitest.projects]) each.provide('statsFile', file)
  const started = Date.now()
  return () => {
    const rows = mergeByName(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Row),
    )
    const sum = (key: 'cases' | 'faults' | 'requests') => rows.reduce((n, r) => n + r[key], 0)
    const errors = rows.flatMap((r) => r.errors.map((e) => `${r.file}: ${e}`))
    const lines = [
      '',
      'reliability summary',
      ...rows.flatMap((r) => [
        `  ${r.file.padEnd(20)} cases ${r.cases}, faults ${r.faults}, requests ${r.requests}, errors ${r.errors.length}`,
        ...r.notes.map((note) => `    ${note}`),
      ]),
      `  total                cases ${sum('cases')}, faults ${sum('faults')}, requests ${sum('requests')}, errors ${errors.length}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
      // A dead API in the load test fails thousands of requests; the first ones say enough.
      ...errors.slice(0, 20).map((e) => `  ! ${e}`),
      ...(errors.length > 20 ? [`  ! … and ${errors.length - 20} more`] : []),
      '',
    ]
    console.log(lines.join('\n'))
    rmSync(dir, { recursive: true, force: true })
  }
}
