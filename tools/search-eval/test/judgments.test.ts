import { readdirSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { JudgedQuerySchema, KIND_PREFIX, loadJudgments, QUERY_KINDS } from '../src/judgments.js'
import { CORPUS_DIRS, JUDGMENTS_FILE, SHEETS_DIR } from '../src/paths.js'

const queries = await loadJudgments(JUDGMENTS_FILE)
const sheetFiles = readdirSync(SHEETS_DIR).filter((f) => f.endsWith('.txt'))
const corpusFiles = new Set(
  CORPUS_DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt'))),
)

describe('judgments.json', () => {
  test('has at least 150 queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(150)
  })

  test.each(QUERY_KINDS)('has at least 6 queries of kind %s', (kind) => {
    expect(queries.filter((q) => q.kind === kind).length).toBeGreaterThanOrEqual(6)
  })

  test('judges only sheets that exist in sheets/ or seeds/', () => {
    const missing = queries.flatMap((q) =>
      Object.keys(q.judgments)
        .filter((file) => !corpusFiles.has(file))
        .map((file) => `${q.id}: ${file}`),
    )
    expect(missing).toEqual([])
  })

  test('every query has a highly relevant (3) or relevant (2) sheet', () => {
    const weak = queries.filter((q) => !Object.values(q.judgments).some((g) => g >= 2))
    expect(weak.map((q) => q.id)).toEqual([])
  })

  test('every fixture sheet is relevant to some query', () => {
    const judged = new Set(
      queries.flatMap((q) =>
        Object.entries(q.judgments)
          .filter(([, grade]) => grade > 0)
          .map(([file]) => file),
      ),
    )
    expect(sheetFiles.filter((file) => !judged.has(file))).toEqual([])
  })

  test('ids carry the prefix of their kind', () => {
    expect(
      queries.filter((q) => !q.id.startsWith(`${KIND_PREFIX[q.kind]}-`)).map((q) => q.id),
    ).toEqual([])
  })
})

test('the corpus (seeds and fixture sheets) has at least 60 sheets', () => {
  expect(corpusFiles.size).toBeGreaterThanOrEqual(60)
})

describe('JudgedQuerySchema', () => {
  const query = { id: 'nd-20', kind: 'no-diacritics', query: 'far' }

  test('keeps grade 0, a sheet read and judged not relevant', () => {
    const judgments = { 'a-11-pappor-orebro.txt': 3, 'a-25-far-och-lamm-gotland.txt': 0 }
    expect(JudgedQuerySchema.parse({ ...query, judgments }).judgments).toEqual(judgments)
  })

  test('rejects a query whose only judgments are 0', () => {
    const judgments = { 'a-25-far-och-lamm-gotland.txt': 0 }
    expect(JudgedQuerySchema.safeParse({ ...query, judgments }).error?.issues[0]?.message).toBe(
      'a query needs a relevant sheet',
    )
  })

  test('rejects grades outside 0–3', () => {
    const judgments = { 'a-11-pappor-orebro.txt': 4 }
    expect(JudgedQuerySchema.safeParse({ ...query, judgments }).success).toBe(false)
  })
})
