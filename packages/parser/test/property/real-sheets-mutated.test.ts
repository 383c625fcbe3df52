import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseSheet } from '../../src/index.js'
import { unaccountedLines } from '../_nothing-lost.js'
import './_config.js'
import { SHEET_DIRS } from '../_sheet-dirs.js'
import { applyByteEdits, byteEdit, sheetsIn } from './_byte-edits.js'
import { diagnosticsOutsideInput } from './_outside-input.js'

/**
 * Real sheets — the hand-checked shared corpus when it is there, the seeds and the golden
 * fixtures always — mutated the way files get damaged or edited: bytes flipped, lines dropped,
 * repeated, swapped, lines of another sheet spliced in, the end cut off at any byte. Whatever
 * comes out, the parser must not fail, must point every diagnostic inside the input, and must
 * account for every non-blank line (the nothing-lost invariant).
 */
const DIRS = SHEET_DIRS

const corpus = sheetsIn(DIRS.corpus)
const sheets = [...corpus, ...sheetsIn(DIRS.seeds), ...sheetsIn(DIRS.fixtures)]
/** Every line of every sheet, as Latin-1 so that each byte survives as one character. */
const donorLines = sheets.flatMap((s) => Buffer.from(s.bytes).toString('latin1').split('\n'))
const edit = byteEdit(fc.constantFrom(...donorLines))

/** Everything that must hold for a damaged sheet. */
function check(input: Uint8Array): void {
  const { diagnostics } = parseSheet(input)
  // parseSheet turns an exception into `internal-error`; here that is a crash.
  expect(diagnostics.filter((d) => d.code === 'internal-error')).toEqual([])
  expect(diagnosticsOutsideInput(input, diagnostics)).toEqual([])
  expect(unaccountedLines(input)).toEqual([])
}

describe('real sheets, damaged, parse without loss and with diagnostics inside the input', () => {
  if (corpus.length === 0) {
    test.skip(`shared corpus not present at ${DIRS.corpus}: seeds and fixtures only`, () => {})
  }

  test('after one to six edits', () => {
    expect(sheets.length).toBeGreaterThanOrEqual(9)
    fc.assert(
      fc.property(
        fc.constantFrom(...sheets),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        (sheet, edits) => check(applyByteEdits(sheet.bytes, edits)),
      ),
    )
  })

  test('cut off at any byte', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sheets), fc.nat(), (sheet, at) =>
        check(sheet.bytes.subarray(0, at % (sheet.bytes.length + 1))),
      ),
    )
  })
})
