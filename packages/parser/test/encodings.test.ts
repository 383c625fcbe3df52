import { outdent } from 'outdent'
import { describe, expect, test } from 'vitest'
import { parseSheet } from '../src/index.js'
import { encodeUtf16, encodeWindows1252 } from './_encode.js'
import { unaccountedLines } from './_nothing-lost.js'

/** A layout A sheet whose lists and prose use every kind of Windows-1252 punctuation. */
const SHEET = outdent`
  Logotyp på utskrifter

  ”Jobb – nu” i Härnösand

  ProgramområdeProgramområde 2 Ökat arbetskraftsutbud
  ProjektfasGenomförande
  ProjektägareHärnösands kommun
  KontaktpersonÅke Lindqvist
  E-postake.lindqvist@harnosand.example
  Telefonnummer0611-34 80 00
  Beviljat ESF-stöd1\u00a0250\u00a0000 kr
  Total projektbudget2\u00a0500\u00a0000 kr
  Projektperiod2011-01-01 till 2013-06-30
  RegionMellersta Norrland
  In English

  Sammanfattning

  Projektet – som kostar 2,5 miljoner € – ger långtidsarbetslösa ”en väg in” på arbetsmarknaden…
  Deltagarnas ‘eget’ val styr — inte myndighetens.

  Samarbetspartners

   • Arbetsförmedlingen
   • Försäkringskassan

  Kommun

   • Härnösand
   • Sundsvall
`

function encoded(text: string): Uint8Array {
  const bytes = encodeWindows1252(text)
  if (bytes === null) throw new Error('the test sheet must be Windows-1252 text')
  return bytes
}

const fromUtf8 = parseSheet(SHEET)

describe('Windows-1252', () => {
  const result = parseSheet(encoded(SHEET))

  test('bullets, dashes, quotes, € and … come back as the characters they are', () => {
    expect(result.project?.title).toEqual('”Jobb – nu” i Härnösand')
    expect(result.project?.partners).toEqual(['Arbetsförmedlingen', 'Försäkringskassan'])
    expect(result.project?.municipalities.map((m) => m.code)).toEqual(['2280', '2281'])
    expect(result.project?.sections.summary).toEqual(
      'Projektet – som kostar 2,5 miljoner € – ger långtidsarbetslösa ”en väg in” på arbetsmarknaden…\nDeltagarnas ‘eget’ val styr — inte myndighetens.',
    )
  })

  test('gives the project of the UTF-8 sheet, with one diagnostic naming the encoding', () => {
    expect({ ...result.project, source: null }).toEqual({ ...fromUtf8.project, source: null })
    expect(result.diagnostics.filter((d) => d.code !== 'encoding-detected')).toEqual(
      fromUtf8.diagnostics,
    )
    expect(result.diagnostics.find((d) => d.code === 'encoding-detected')).toEqual({
      code: 'encoding-detected',
      severity: 'info',
      line: 1,
      column: 1,
      message:
        'Decoded as Windows-1252: the bytes are not UTF-8, and bytes 0x80–0x9F hold Windows-1252 characters',
      actual: 'windows-1252',
      expected: 'utf-8',
    })
    expect(unaccountedLines(encoded(SHEET))).toEqual([])
  })

  test('every byte 0x80–0x9F decodes as in the WHATWG table', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, index) => 0x80 + index)
    const sheet = encoded('Titel\n\nNamn:\nX\nRegion:\nStockholm\n\n')
    const input = new Uint8Array([...sheet, ...bytes])
    const summary = parseSheet(input).project?.sections.summary ?? ''
    expect([...summary].map((char) => char.codePointAt(0))).toEqual([
      0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039,
      0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc,
      0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
    ])
  })
})

describe('ISO-8859-1', () => {
  test('is named when no byte is one that Windows-1252 reads differently', () => {
    const plain = SHEET.replace(/[”–€…‘’—]/g, '"')
    const { project, diagnostics } = parseSheet(encoded(plain))
    expect(project?.sections.summary).toEqual(parseSheet(plain).project?.sections.summary)
    expect(project?.sections.summary).toContain('långtidsarbetslösa')
    // The bullet list is Windows-1252 only; without it, the partners are unparsed lines.
    expect(diagnostics.filter((d) => d.code === 'encoding-detected')).toMatchObject([
      { actual: 'windows-1252' },
    ])
    const latin1 = plain.replace(/ • /g, ' - ').replace('Samarbetspartners\n', 'Partner\n')
    const latin = parseSheet(encoded(latin1))
    expect(latin.diagnostics.find((d) => d.code === 'encoding-detected')).toMatchObject({
      actual: 'iso-8859-1',
      message:
        'Decoded as ISO-8859-1: the bytes are not UTF-8, and no byte is one that Windows-1252 reads differently, so both give this text',
    })
    expect(latin.project?.owner).toEqual('Härnösands kommun')
  })
})

describe('UTF-16 with a byte-order mark', () => {
  test.each(['le', 'be'] as const)('UTF-16 %s gives the project of the UTF-8 sheet', (order) => {
    const bytes = encodeUtf16(SHEET, order)
    const { project, diagnostics } = parseSheet(bytes)
    expect({ ...project, source: null }).toEqual({ ...fromUtf8.project, source: null })
    expect(project?.source.bytes).toEqual(bytes.length)
    expect(diagnostics.filter((d) => d.code !== 'encoding-detected')).toEqual(fromUtf8.diagnostics)
    expect(diagnostics.find((d) => d.code === 'encoding-detected')).toMatchObject({
      severity: 'info',
      actual: `utf-16${order}`,
      message: `Decoded as UTF-16 ${order.toUpperCase()}, as its byte-order mark says`,
    })
    expect(unaccountedLines(bytes)).toEqual([])
  })

  test('a lone surrogate and an odd last byte become U+FFFD, with a warning', () => {
    const text = SHEET.replace('arbetsmarknaden…', 'arbetsmarknaden\ud800…')
    const bytes = encodeUtf16(text, 'le')
    const { project, diagnostics } = parseSheet(new Uint8Array([...bytes, 0x41]))
    expect(project?.sections.summary).toContain('arbetsmarknaden\ufffd…')
    expect(project?.municipalities.map((m) => m.name)).toEqual(['Härnösand', 'Sundsvall\ufffd'])
    expect(diagnostics.filter((d) => d.code === 'replacement-character')).toMatchObject([
      {
        line: 19,
        column:
          'Projektet – som kostar 2,5 miljoner € – ger långtidsarbetslösa ”en väg in” på arbetsmarknaden'
            .length + 1,
        severity: 'warning',
      },
    ])
  })
})

describe('UTF-8 with a few bad bytes', () => {
  test('keeps the UTF-8, reads the bad bytes as Windows-1252 and says where', () => {
    const utf8 = new TextEncoder().encode(SHEET)
    const at = utf8.indexOf(0x2d, utf8.indexOf(0x40)) // the hyphen of the phone number
    const damaged = new Uint8Array(utf8)
    damaged[at] = 0x96 // an en dash in Windows-1252
    const { project, diagnostics } = parseSheet(damaged)
    expect(project?.title).toEqual('”Jobb – nu” i Härnösand')
    expect(project?.contact?.phone).toEqual('+46611348000')
    expect(diagnostics.filter((d) => d.code.startsWith('encoding'))).toEqual([
      {
        code: 'encoding-repaired',
        severity: 'warning',
        line: 10,
        column: 18,
        message:
          'The input is UTF-8 except for 1 byte that is not valid UTF-8; it was read as Windows-1252',
        actual: '–34 80 00\nBeviljat E',
        expected: 'UTF-8',
      },
    ])
  })
})
