import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseSheet } from '../../src/index.js'
import { unaccountedLines } from '../_nothing-lost.js'
import './_config.js'
import { diagnosticsOutsideInput } from './_outside-input.js'

/**
 * Real sheets — the hand-checked shared corpus when it is there, the seeds and the golden
 * fixtures always — mutated the way files get damaged or edited: bytes flipped, lines dropped,
 * repeated, swapped, lines of another sheet spliced in, the end cut off at any byte. Whatever
 * comes out, the parser must not fail, must point every diagnostic inside the input, and must
 * account for every non-blank line (the nothing-lost invariant).
 */
const DIRS = {
  corpus: join(import.meta.dirname, '../../../../../shared/corpus'),
  seeds: join(import.meta.dirname, '../../../../seeds'),
  fixtures: join(import.meta.dirname, '../fixtures'),
}

function sheetsIn(dir: string): { name: string; bytes: Uint8Array }[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }))
}

const corpus = sheetsIn(DIRS.corpus)
const sheets = [...corpus, ...sheetsIn(DIRS.seeds), ...sheetsIn(DIRS.fixtures)]
/** Every line of every sheet, as Latin-1 so that each byte survives as one character. */
const donorLines = sheets.flatMap((s) => Buffer.from(s.bytes).toString('latin1').split('\n'))

type Edit =
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'drop' | 'repeat'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'splice'; at: number; line: string }
  | { kind: 'cut'; at: number }

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    xor: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({ kind: fc.constantFrom('drop' as const, 'repeat' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    line: fc.constantFrom(...donorLines),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
)

function applyEdits(bytes: Uint8Array, edits: readonly Edit[]): Uint8Array {
  let current = bytes
  for (const e of edits) {
    if (e.kind === 'flip' || e.kind === 'cut') {
      if (current.length === 0) continue
      const at = e.at % current.length
      if (e.kind === 'cut') {
        current = current.subarray(0, at)
      } else {
        current = current.slice()
        current[at] = (current[at] ?? 0) ^ e.xor
      }
      continue
    }
    const lines = Buffer.from(current).toString('latin1').split('\n')
    const at = e.at % lines.length
    if (e.kind === 'drop') lines.splice(at, 1)
    if (e.kind === 'repeat') lines.splice(at, 0, lines[at] ?? '')
    if (e.kind === 'splice') lines.splice(at, 0, e.line)
    if (e.kind === 'swap') {
      const other = e.with % lines.length
      ;[lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? '']
    }
    current = new Uint8Array(Buffer.from(lines.join('\n'), 'latin1'))
  }
  return current
}

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
        (sheet, edits) => check(applyEdits(sheet.bytes, edits)),
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
