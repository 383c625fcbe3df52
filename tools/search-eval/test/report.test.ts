import { describe, expect, test } from 'vitest'
import type { QueryRun, SystemRun } from '../src/evaluate.js'
import type { JudgedQuery } from '../src/judgments.js'
import { scoreRanking } from '../src/metrics.js'
import {
  hitsTable,
  kindComparisonTable,
  losses,
  overallTable,
  renderReport,
} from '../src/report.js'

// Two queries judged on file names that double as ids, so hits and grades line up.
const typo: JudgedQuery = {
  id: 'ty-01',
  kind: 'typo',
  query: 'validerng',
  judgments: { 'a.txt': 3 },
}
const synonym: JudgedQuery = {
  id: 'syn-01',
  kind: 'synonym',
  query: 'dagis',
  judgments: { 'b.txt': 2, 'c.txt': 1 },
}

function run(query: JudgedQuery, hits: string[]): QueryRun {
  const grades = { ...query.judgments }
  return { query, grades, hits, scores: scoreRanking(hits, grades) }
}

function system(key: string, runs: QueryRun[]): SystemRun {
  return { system: { key, label: `system ${key}` }, runs }
}

// (a) finds the typo's sheet alone and nothing for the synonym; (c) finds everything first but
// pads the typo's page with three unjudged sheets.
const a = system('a', [run(typo, ['a.txt']), run(synonym, [])])
const c = system('c', [
  run(typo, ['a.txt', 'x.txt', 'y.txt', 'z.txt']),
  run(synonym, ['b.txt', 'c.txt']),
])

describe('report tables', () => {
  test('the overall table gives precision@10 next to recall, nDCG, MRR and zero results', () => {
    expect(overallTable([a, c]).split('\n')).toEqual([
      '| System | Queries | Recall@10 | Precision@10 | nDCG@10 | MRR | Zero-result rate |',
      '|---|---:|---:|---:|---:|---:|---:|',
      // (a): recall (1 + 0) / 2, precision (1 + 0) / 2, nDCG (1 + 0) / 2, MRR (1 + 0) / 2
      '| (a) system a | 2 | 0.500 | 0.500 | 0.500 | 0.500 | 0.500 |',
      // (c): every judged sheet first, but the typo's page holds 1 judged hit in 4
      '| (c) system c | 2 | 1.000 | 0.625 | 1.000 | 1.000 | 0.000 |',
    ])
  })

  test('the kind table sets the systems side by side, one row per kind and one for all', () => {
    const rows = kindComparisonTable([a, c]).split('\n')
    expect(rows[0]).toBe(
      '| Kind | Queries | Recall@10 (a) / (c) | Precision@10 (a) / (c) | nDCG@10 (a) / (c) | MRR (a) / (c) | Zero-result rate (a) / (c) |',
    )
    expect(rows.find((r) => r.startsWith('| typo '))).toBe(
      '| typo | 1 | 1.000 / 1.000 | 1.000 / 0.250 | 1.000 / 1.000 | 1.000 / 1.000 | 0.000 / 0.000 |',
    )
    expect(rows.find((r) => r.startsWith('| synonym '))).toBe(
      '| synonym | 1 | 0.000 / 1.000 | 0.000 / 1.000 | 0.000 / 1.000 | 0.000 / 1.000 | 1.000 / 0.000 |',
    )
    expect(rows.at(-1)).toBe(
      '| **all** | 2 | 0.500 / 1.000 | 0.500 / 0.625 | 0.500 / 1.000 | 0.500 / 1.000 | 0.500 / 0.000 |',
    )
  })

  test('the sheets a system misses leave out those judged not relevant (0)', () => {
    const withDecoy: JudgedQuery = { ...synonym, judgments: { ...synonym.judgments, 'd.txt': 0 } }
    const report = renderReport({
      runs: [system('a', [run(withDecoy, ['c.txt'])])],
      full: system('a', [run(withDecoy, ['c.txt'])]),
      corpusSize: 4,
    })
    expect(report.split('\n').filter((line) => line.startsWith('| syn-01'))).toEqual([
      '| syn-01 `dagis` | synonym | 1 | b (2) |',
    ])
  })

  test('the hits table marks a 0 apart from an unjudged hit', () => {
    const withDecoy: JudgedQuery = { ...typo, judgments: { ...typo.judgments, 'x.txt': 0 } }
    expect(
      hitsTable([system('c', [run(withDecoy, ['a.txt', 'x.txt', 'y.txt'])])]).split('\n'),
    ).toEqual(['| Query | (c) |', '|---|---|', '| ty-01 `validerng` | a (3), x (0), y |'])
  })

  test('the hits table shows five hits per query unless told how many', () => {
    const ranking = ['a.txt', 'b.txt', 'c.txt', 'x.txt', 'y.txt', 'z.txt', 'w.txt']
    const rows = (count?: number) =>
      hitsTable([system('c', [run(typo, ranking)])], count)
        .split('\n')
        .slice(2)
    expect(rows()).toEqual(['| ty-01 `validerng` | a (3), b, c, x, y |'])
    expect(rows(2)).toEqual(['| ty-01 `validerng` | a (3), b |'])
    expect(rows(10)).toEqual(['| ty-01 `validerng` | a (3), b, c, x, y, z, w |'])
  })

  test('a query is a loss when the full system is behind on precision alone', () => {
    expect(
      losses(c, [a]).map(({ run, against }) => [run.query.id, against.map((x) => x.key)]),
    ).toEqual([['ty-01', ['a']]])
  })
})
