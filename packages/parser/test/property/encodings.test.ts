import type { Diagnostic, Layout, Project } from '@projektbank/model'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseSheet, renderSheet } from '../../src/index.js'
import { encodeUtf16, encodeWindows1252 } from '../_encode.js'
import { SHEET_DIRS } from '../_sheet-dirs.js'
import './_config.js'
import { projectOf } from './_arbitraries.js'
import { sheetsIn } from './_byte-edits.js'

/**
 * The same sheet in another encoding must read as the same project. Only `source` differs (it
 * is the hash and size of the bytes as they came), and the diagnostics differ only by the one
 * that names the encoding.
 */
const utf8 = new TextDecoder('utf-8', { fatal: true })

const sheets = [
  ...sheetsIn(SHEET_DIRS.seeds).map((s) => ({ ...s, name: `seeds/${s.name}` })),
  ...sheetsIn(SHEET_DIRS.fixtures).map((s) => ({ ...s, name: `fixtures/${s.name}` })),
  ...sheetsIn(SHEET_DIRS.corpus).map((s) => ({ ...s, name: `corpus/${s.name}` })),
].map(({ name, bytes }) => ({ name, text: utf8.decode(bytes) }))

const inWindows1252 = sheets.filter((sheet) => encodeWindows1252(sheet.text) !== null)

function withoutSource(project: Project | null) {
  return project === null ? null : { ...project, source: null }
}

function withoutEncoding(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.code !== 'encoding-detected')
}

/** Parses both and compares; returns the encoding the diagnostic names. */
function expectSameProject(text: string, bytes: Uint8Array): string | undefined {
  const plain = parseSheet(text)
  const other = parseSheet(bytes)
  expect(withoutSource(other.project)).toEqual(withoutSource(plain.project))
  expect(withoutEncoding(other.diagnostics)).toEqual(plain.diagnostics)
  const named = other.diagnostics.filter((d) => d.code === 'encoding-detected')
  expect(named.length).toEqual(1)
  return named[0]?.actual
}

describe('every seed, fixture and corpus sheet in Windows-1252 reads as from UTF-8', () => {
  test('most sheets are Windows-1252 text (the test covers them)', () => {
    expect(inWindows1252.length).toBeGreaterThanOrEqual(Math.min(sheets.length, 10))
  })

  test.each(inWindows1252.map((s) => [s.name, s.text] as const))('%s', (_name, text) => {
    const bytes = encodeWindows1252(text)
    expect(bytes).not.toBeNull()
    if (bytes === null) return
    const named = expectSameProject(text, bytes)
    // Layout A's bullets (0x95) make a sheet Windows-1252; without such a byte, ISO-8859-1.
    expect(named).toEqual(
      /[\u0080-\u009f]/.test(String.fromCharCode(...bytes)) ? 'windows-1252' : 'iso-8859-1',
    )
  })
})

describe.each(['le', 'be'] as const)('every sheet in UTF-16 %s reads as from UTF-8', (order) => {
  test.each(sheets.map((s) => [s.name, s.text] as const))('%s', (_name, text) => {
    expect(expectSameProject(text, encodeUtf16(text, order))).toEqual(`utf-16${order}`)
  })
})

const LAYOUTS: Layout[] = ['A', 'B', 'C', 'D', 'E']

test('rendered sheets of every layout read the same in Windows-1252, UTF-16 LE and BE', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...LAYOUTS).chain((layout) => projectOf(layout)),
      fc.constantFrom('windows-1252', 'utf-16le', 'utf-16be'),
      (project, encoding) => {
        const text = renderSheet(project)
        const bytes =
          encoding === 'windows-1252'
            ? encodeWindows1252(text)
            : encodeUtf16(text, encoding === 'utf-16le' ? 'le' : 'be')
        // Generated text is Swedish prose and names: always Windows-1252 text.
        expect(bytes).not.toBeNull()
        if (bytes !== null) expectSameProject(text, bytes)
      },
    ),
  )
})
