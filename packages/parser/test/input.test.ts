import { outdent } from 'outdent'
import { describe, expect, test } from 'vitest'
import { parseSheet } from '../src/index.js'
import { encodeWindows1252 } from './_encode.js'
import { unaccountedLines } from './_nothing-lost.js'

const SHEET = outdent`
  Logotyp på utskrifter

  Öppna dörrar i Skåne

  ProgramområdeProgramområde 2 Ökat arbetskraftsutbud
  ProjektfasFörprojektering
  ProjektägareHässleholms kommun
  KontaktpersonÅsa Öberg
  E-postasa.oberg@hassleholm.example
  Telefonnummer0451-26 73 00
  Beviljat ESF-stöd340\u00a0000 kr
  Total projektbudget340\u00a0000 kr
  Projektperiod2012-09-01 till 2013-02-28
  RegionSydsverige
  In English

  Sammanfattning

  Förprojekteringen kartlägger hur långtidsarbetslösa i nordöstra Skåne kan nå jobb i vården.

  Kommun

   • Hässleholm
`

const encoder = new TextEncoder()

/** Windows-1252 bytes of a text that has only Windows-1252 characters. */
function windows1252(text: string): Uint8Array {
  const bytes = encodeWindows1252(text)
  if (bytes === null) throw new Error('the test sheet must be Windows-1252 text')
  return bytes
}

describe('decoding and line endings', () => {
  const expected = parseSheet(SHEET).project

  test('bytes and a string give the same project and the same source hash', () => {
    const fromBytes = parseSheet(encoder.encode(SHEET)).project
    expect(fromBytes).toEqual(expected)
    expect(expected?.source.bytes).toEqual(encoder.encode(SHEET).length)
  })

  test.each([
    ['CRLF', SHEET.replaceAll('\n', '\r\n')],
    ['CR', SHEET.replaceAll('\n', '\r')],
  ])('%s line endings read like LF, with the same line numbers', (_name, text) => {
    const result = parseSheet(text)
    expect({ ...result.project, source: null }).toEqual({ ...expected, source: null })
    expect(result.diagnostics).toEqual(parseSheet(SHEET).diagnostics)
    expect(unaccountedLines(text)).toEqual([])
  })

  test('a UTF-8 BOM is dropped, as bytes and as a string', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(SHEET)])
    expect(parseSheet(withBom).project?.title).toEqual('Öppna dörrar i Skåne')
    expect(parseSheet(`\ufeff${SHEET}`).diagnostics).toEqual(parseSheet(SHEET).diagnostics)
  })

  test('odd white space inside values is a plain space', () => {
    const text = SHEET.replace(
      'Öppna dörrar i Skåne',
      'Öppna\u2009dörrar\u00a0i\tSkåne\u3000',
    ).replace('Hässleholms kommun', 'Hässleholms\u202fkommun')
    const { project } = parseSheet(text)
    expect(project?.title).toEqual('Öppna dörrar i Skåne')
    expect(project?.owner).toEqual('Hässleholms kommun')
  })

  test('Windows-1252 bytes are read as such, with an info naming the encoding', () => {
    const { project, diagnostics } = parseSheet(windows1252(SHEET))
    expect({ ...project, source: null }).toEqual({ ...expected, source: null })
    expect(project?.contact?.name).toEqual('Åsa Öberg')
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
    expect(diagnostics.find((d) => d.code === 'encoding-detected')).toMatchObject({
      line: 1,
      column: 1,
      actual: 'windows-1252',
    })
  })

  test('a lost character (U+FFFD or ? inside a word) is a warning', () => {
    const text = SHEET.replace('nordöstra Skåne', 'nord\ufffdstra Sk?ne')
    const { diagnostics } = parseSheet(text)
    const line = text.split('\n')[18] ?? ''
    expect(diagnostics.filter((d) => d.code === 'replacement-character')).toMatchObject([
      { line: 19, column: line.indexOf('\ufffd') + 1, severity: 'warning' },
      { line: 19, column: line.indexOf('?') + 1, severity: 'warning' },
    ])
  })
})

describe('inputs that hold no project', () => {
  test.each([
    ['an empty string', ''],
    ['empty bytes', new Uint8Array()],
    ['white space only', ' \n\t\r\n\u00a0 \n'],
  ])('%s is empty-input', (_name, input) => {
    const { project, diagnostics } = parseSheet(input)
    expect(project).toEqual(null)
    expect(diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([
      ['empty-input', 'error', 1, 1],
    ])
  })

  test('binary bytes are binary-input', () => {
    const bytes = new Uint8Array(512).map((_, i) => (i * 37) % 256)
    const { project, diagnostics } = parseSheet(bytes)
    expect(project).toEqual(null)
    expect(diagnostics.map((d) => d.code)).toEqual(['encoding-detected', 'binary-input'])
    expect(unaccountedLines(bytes)).toEqual([])
  })

  test('a NUL inside otherwise good text is binary-input', () => {
    expect(parseSheet(`${SHEET}\u0000`).diagnostics.map((d) => d.code)).toEqual(['binary-input'])
  })

  test('text without any known layout is unknown-layout, and every line is accounted for', () => {
    const text = 'Hej!\n\nDet här är ett brev, ingen projektsida.\nVänliga hälsningar'
    const { project, diagnostics } = parseSheet(text)
    expect(project).toEqual(null)
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['unknown-layout', 'error']])
    expect(unaccountedLines(text)).toEqual([])
  })

  test('something that is not text at all does not throw', () => {
    const notText = 42 as unknown as string
    expect(parseSheet(notText)).toEqual({
      project: null,
      diagnostics: [
        {
          code: 'empty-input',
          severity: 'error',
          line: 1,
          column: 1,
          expected: 'string | Uint8Array',
          message: 'Expected a string or a Uint8Array, found number',
        },
      ],
    })
  })
})

describe('a 20 MB input', () => {
  test('is parsed in full, with an input-too-large warning', () => {
    const paragraph =
      'Deltagarna får stöd av en coach och prövar arbete i vården under handledning. '.repeat(12)
    const body: string[] = []
    let size = SHEET.length
    while (size < 20 * 1024 * 1024) {
      body.push(paragraph)
      size += paragraph.length + 2
    }
    const text = SHEET.replace('\n\nKommun\n', `\n\n${body.join('\n\n')}\n\nKommun\n`)
    const { project, diagnostics } = parseSheet(text)
    expect(diagnostics.map((d) => d.code)).toEqual([
      'input-too-large',
      'skipped-banner',
      'skipped-banner',
    ])
    expect(project?.sections.summary?.length).toBeGreaterThan(19 * 1024 * 1024)
    expect(project?.municipalities.map((m) => m.name)).toEqual(['Hässleholm'])
    expect(project?.targetGroups.map((g) => g.group)).toEqual(['långtidsarbetslösa'])
  }, 60_000)
})
