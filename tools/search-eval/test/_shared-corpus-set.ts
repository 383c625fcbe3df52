import { existsSync, readdirSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { type JudgedQuery, KIND_PREFIX, loadJudgments, QUERY_KINDS } from '../src/judgments.js'
import { holdoutCorpusDir } from '../src/paths.js'

/** What a relevance set over the shared corpus's 30 sheets must hold. */
export interface SharedCorpusSet {
  /** The judgments file's name, as the tests are titled. */
  name: string
  file: string
  minQueries: number
  minPerKind: number
  /** Judgments files whose queries this set must not repeat: what was tuned on. */
  notIn: readonly string[]
  /** A further check of the judged set, run only where the corpus is. */
  onSheets?: { title: string; check: (queries: readonly JudgedQuery[]) => void }
}

/**
 * The checks every relevance set over the shared corpus gets (held-out, blind): its size per
 * kind, id prefixes, a relevant sheet per query, the corpus's file names, no query already
 * tuned on, and, where the corpus is, every sheet judged for every query.
 */
export async function testSharedCorpusSet(set: SharedCorpusSet): Promise<void> {
  const queries = await loadJudgments(set.file)
  const corpusDir = holdoutCorpusDir()
  const hasCorpus = existsSync(corpusDir)
  if (!hasCorpus) console.warn(`SKIPPED: ${set.name}'s sheet tests (${corpusDir} does not exist)`)

  describe(set.name, () => {
    test(`has at least ${set.minQueries} queries`, () => {
      expect(queries.length).toBeGreaterThanOrEqual(set.minQueries)
    })

    test.each(QUERY_KINDS)(`has at least ${set.minPerKind} queries of kind %s`, (kind) => {
      expect(queries.filter((q) => q.kind === kind).length).toBeGreaterThanOrEqual(set.minPerKind)
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

    // A query of a set tuned on is no check of the tuning when measured again.
    test('shares no query with the sets tuned on', async () => {
      const tuned = new Set(
        (await Promise.all(set.notIn.map((file) => loadJudgments(file))))
          .flat()
          .map((q) => q.query.toLocaleLowerCase('sv')),
      )
      const shared = queries.filter((q) => tuned.has(q.query.toLocaleLowerCase('sv')))
      expect(shared.map((q) => q.id)).toEqual([])
    })
  })

  describe.skipIf(!hasCorpus)(`${set.name} on ${corpusDir} (skipped when absent)`, () => {
    const sheets = hasCorpus
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

    const extra = set.onSheets
    if (extra) test(extra.title, () => extra.check(queries))
  })
}
