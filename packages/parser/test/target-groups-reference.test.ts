import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { TARGET_GROUPS } from '@projektbank/model'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { detectTargetGroups } from '../src/_target-groups.js'
import { detectTargetGroupsByRegex } from './_target-groups-regex.js'
import './property/_config.js'
import { SHEET_DIRS } from './_sheet-dirs.js'

const ROOT = join(import.meta.dirname, '../../..')
const CORPUS = SHEET_DIRS.corpus

function textsIn(directory: string): string[] {
  if (!existsSync(directory)) return []
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(directory, name), 'utf8'))
}

const TERM_PIECES = TARGET_GROUPS.flatMap((group) => group.terms.map((t) => t.replace(/\*/g, '')))

/** Texts dense with terms and near-misses: case flips, dashes, digits, å/ä/ö, İ, line breaks. */
const termSoup = fc
  .array(
    fc
      .tuple(
        fc.oneof(
          fc.constantFrom(...TERM_PIECES, ' ', '\n', ' \u00a0', 'x', 'ar', 'Ö', 'å', '-', '–'),
          fc.constantFrom('+', '55', 'İ', 'o', 'heten', 'na', '\u{1d400}', '\ud800', '.'),
          fc.string({ maxLength: 3 }),
        ),
        fc.boolean(),
      )
      .map(([piece, upper]) => (upper ? piece.toUpperCase() : piece)),
    { maxLength: 30 },
  )
  .map((pieces) => pieces.join(''))

describe('target groups: the scanner gives exactly what the reference regex gives', () => {
  test('on the seeds, the fixtures and (when present) the shared corpus', () => {
    const texts = [
      ...textsIn(join(ROOT, 'seeds')),
      ...textsIn(join(import.meta.dirname, 'fixtures')),
      ...textsIn(CORPUS),
    ]
    if (!existsSync(CORPUS)) console.warn(`corpus not present at ${CORPUS}; compared without it`)
    expect(texts.length).toBeGreaterThanOrEqual(9)
    for (const text of texts) {
      expect(detectTargetGroups([text])).toEqual(detectTargetGroupsByRegex([text]))
    }
  })

  test('on texts made of terms, near-misses and odd characters', () => {
    fc.assert(
      fc.property(fc.array(termSoup, { maxLength: 3 }), (texts) => {
        expect(detectTargetGroups(texts)).toEqual(detectTargetGroupsByRegex(texts))
      }),
      { numRuns: Math.max(2000, Number(process.env.FUZZ_RUNS ?? 0)) },
    )
  })

  test('the reference finds something in those texts, so the comparison is not vacuous', () => {
    const sample = fc.sample(termSoup, { numRuns: 200, seed: 7 })
    const withGroups = sample.filter((text) => detectTargetGroupsByRegex([text]).length > 0)
    expect(withGroups.length).toBeGreaterThan(40)
  })
})
