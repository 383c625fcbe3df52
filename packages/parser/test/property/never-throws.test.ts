import { join } from 'node:path'
import { DiagnosticSchema, ProjectSchema } from '@projektbank/model'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { type ParseResult, parseSheet, renderSheet } from '../../src/index.js'
import { linesLikeParser } from '../_decode-like-parser.js'
import './_config.js'
import { projectOf } from './_arbitraries.js'
import { applyByteEdits, byteEdit, latin1Of, sheetsIn } from './_byte-edits.js'
import { diagnosticsOutsideInput } from './_outside-input.js'

const seeds = sheetsIn(join(import.meta.dirname, '../../../../seeds'))

/** Parses and checks everything that must hold for any input whatsoever. */
function parseAndCheck(input: string | Uint8Array): ParseResult {
  const result = parseSheet(input, { trace: true })
  expect(Array.isArray(result.diagnostics)).toBe(true)
  // parseSheet turns an exception into `internal-error`; for the fuzzer that is a thrown error.
  expect(result.diagnostics.filter((d) => d.code === 'internal-error')).toEqual([])
  const lines = linesLikeParser(input)
  for (const diagnostic of result.diagnostics) {
    expect(DiagnosticSchema.safeParse(diagnostic).error).toBeUndefined()
  }
  expect(diagnosticsOutsideInput(input, result.diagnostics)).toEqual([])
  for (const entry of result.trace ?? []) expect(entry.line).toBeLessThanOrEqual(lines.length)
  if (result.project !== null) {
    expect(ProjectSchema.safeParse(result.project).error).toBeUndefined()
  }
  return result
}

/** Characters that matter to the parser, plus anything at all, lone surrogates included. */
const char = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '\n',
      '\r',
      '\r\n',
      '\u00a0',
      '\ufeff',
      '\ufffd',
      ' • ',
      ':',
      '-',
      ' - ',
      '?',
      '%',
      'kr',
      '\u0000',
      '\t',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  },
)

/** Lines that look like the start of a field, in every layout's form, right or wrong. */
const LABELS = [
  'Programområde',
  'Projektfas',
  'Projektägare',
  'Kontaktperson',
  'E-post',
  'Telefonnummer',
  'Beviljat ESF-stöd',
  'Total projektbudget',
  'Total Kostnader',
  'Projektperiod',
  'Region',
  'Utlysning',
  'Projektnummer',
  'Diarienummer',
  'Namn',
  'Startdatum',
  'Slutdatum',
  'Planerat antal deltagare',
  'Antal deltagare',
  'Unionens medfinansieringsgrad',
  'Sekundärtema - Motverka barnfattigdom',
  'NUTS-2 kod',
  'Stödmottagare postnr',
  'Stödmottagarens address',
  'Insats av strategisk betydelse',
  'Sammanfattning',
  'Bakgrund',
  'Kommun',
  'Samarbetspartners',
  'In English',
  'Logotyp på utskrifter',
  'Cookies',
]
const labelLine = fc
  .tuple(
    fc.constantFrom(...LABELS),
    fc.constantFrom('', ':', ' ', ': '),
    fc.oneof(
      fc.constantFrom(
        '',
        'saknas',
        '12 345 kr',
        '2014-13-45 till 2014-01-01',
        '99%',
        'Ja',
        ' • Umeå',
      ),
      fc.string({ unit: char, maxLength: 20 }),
    ),
  )
  .map(([label, separator, value]) => `${label}${separator}${value}`)

const mutation = byteEdit(labelLine.map(latin1Of))
const encoder = new TextEncoder()

describe('parseSheet never throws and reports inside the input', () => {
  test('on arbitrary strings, lone surrogates and odd line breaks included', () => {
    fc.assert(
      fc.property(fc.string({ unit: char, maxLength: 400 }), (text) => void parseAndCheck(text)),
    )
  })

  test('on arbitrary lines of labels and values', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(labelLine, fc.constant('')), { maxLength: 60 }), (lines) => {
        parseAndCheck(lines.join('\n'))
      }),
    )
  })

  test('on huge lines', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a', 'ProjektägareX', 'Namn:', ' • ', '\u00a0', '\ud800', '€'),
        fc.integer({ min: 10_000, max: 400_000 }),
        (unit, repeat) => void parseAndCheck(`Titel\n\n${unit.repeat(repeat)}\nRegion:\nStockholm`),
      ),
      { numRuns: 10 },
    )
  })

  test('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => void parseAndCheck(bytes)))
  })

  test('on seeds with bytes flipped, lines dropped, repeated, swapped or inserted, the end cut', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        (seed, mutations) => void parseAndCheck(applyByteEdits(seed.bytes, mutations)),
      ),
    )
  })

  test('on rendered sheets of every layout, mutated the same way', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('A', 'B', 'C', 'D', 'E' as const).chain(projectOf),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        (project, mutations) =>
          void parseAndCheck(applyByteEdits(encoder.encode(renderSheet(project)), mutations)),
      ),
    )
  })

  test.each(seeds)('on every prefix of $name (in steps of 61 bytes)', ({ bytes }) => {
    let parsed = 0
    for (let length = 0; length <= bytes.length; length += 61) {
      parseAndCheck(bytes.subarray(0, length))
      parsed += 1
    }
    expect(parsed).toBe(Math.floor(bytes.length / 61) + 1)
  })
})
