import { existsSync, readdirSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { KIND_PREFIX, loadJudgments, QUERY_KINDS } from '../src/judgments.js'
import {
  BLIND_JUDGMENTS_FILE,
  HOLDOUT_JUDGMENTS_FILE,
  holdoutCorpusDir,
  JUDGMENTS_FILE,
} from '../src/paths.js'

const queries = await loadJudgments(BLIND_JUDGMENTS_FILE)
const corpusDir = holdoutCorpusDir()
const HAS_CORPUS = existsSync(corpusDir)
if (!HAS_CORPUS) {
  console.warn(`SKIPPED: the blind set's sheet tests (${corpusDir} does not exist)`)
}

describe('blind-judgments.json', () => {
  test('has at least 50 queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(50)
  })

  test.each(QUERY_KINDS)('has at least 5 queries of kind %s', (kind) => {
    expect(queries.filter((q) => q.kind === kind).length).toBeGreaterThanOrEqual(5)
  })

  test('ids carry the prefix of their kind', () => {
    expect(
      queries.filter((q) => !q.id.startsWith(`${KIND_PREFIX[q.kind]}-`)).map((q) => q.id),
    ).toEqual([])
  })

  test('every query has a highly relevant (3) or relevant (2) sheet', () => {
    const weak = queries.filter((q) => !Object.values(q.judgments).some((g) => g >= 2))
    expect(weak.map((q) => q.id)).toEqual([])
  })

  test("judges only the shared corpus's sheets, by their file names", () => {
    const named = new Set(queries.flatMap((q) => Object.keys(q.judgments)))
    expect([...named].filter((file) => !/^[ACD]-\d{3}\.txt$/.test(file))).toEqual([])
  })

  // A query of the main or held-out set has been tuned on; measuring it again is not blind.
  test('shares no query with the main or the held-out set', async () => {
    const tuned = new Set(
      [
        ...(await loadJudgments(JUDGMENTS_FILE)),
        ...(await loadJudgments(HOLDOUT_JUDGMENTS_FILE)),
      ].map((q) => q.query.toLocaleLowerCase('sv')),
    )
    const shared = queries.filter((q) => tuned.has(q.query.toLocaleLowerCase('sv')))
    expect(shared.map((q) => q.id)).toEqual([])
  })
})

describe.skipIf(!HAS_CORPUS)(`blind-judgments.json on ${corpusDir} (skipped when absent)`, () => {
  const sheets = HAS_CORPUS
    ? readdirSync(corpusDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : []

  test('the corpus has its 30 sheets', () => {
    expect(sheets.length).toBe(30)
  })

  test('every query judges every sheet, 0 included: the set was judged in full', () => {
    const incomplete = queries
      .filter((q) => Object.keys(q.judgments).sort().join() !== sheets.join())
      .map((q) => q.id)
    expect(incomplete).toEqual([])
  })

  test('holds 60 queries and 1 800 judged pairs, 185 of them relevant', () => {
    const grades = queries.flatMap((q) => Object.values(q.judgments))
    expect([queries.length, grades.length, grades.filter((g) => g > 0).length]).toEqual([
      60, 1800, 185,
    ])
  })
})
