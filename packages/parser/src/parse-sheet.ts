import type { Diagnostic, Layout } from '@projektbank/model'
import { readBody } from './_body.js'
import { buildProject } from './_build-project.js'
import { createDraft, type ParseContext } from './_context.js'
import {
  type DecodedInput,
  decodeInput,
  type InputEncoding,
  LARGE_INPUT_BYTES,
  largeInputBytes,
  measureSource,
  positionOf,
  type SourceMeasure,
} from './_decode.js'
import { createDiagnostic } from './_diagnostics.js'
import { sha256Hex } from './_hash.js'
import { hasText, looksBinary } from './_input-checks.js'
import { isBlank, splitLines } from './_lines.js'
import { reportLostCharacters } from './_lost-characters.js'
import { readPreamble } from './_preamble.js'
import { detectLayoutInLines } from './detect-layout.js'
import { findBareHeader, readBareHeader } from './layouts/_bare.js'
import { findColonHeader, readColonHeader } from './layouts/_colon.js'
import { findGluedHeader, readGluedHeader } from './layouts/_glued.js'
import { readTitleOnlyPage } from './layouts/_title-only-page.js'
import type { ParseOptions, ParseResult, TraceEntry } from './parse-options.js'

/**
 * Parses a project-bank sheet of any layout (A, B, C, D) into a `Project`, with positional
 * diagnostics for everything odd, skipped or missing. Never throws: bytes that are not UTF-8
 * are read as Windows-1252, and an input that holds no project gives `project: null` with
 * diagnostics that say why.
 *
 * @example
 * import { parseSheet } from '@projektbank/parser'
 * const { project, diagnostics } = parseSheet(await readFile('sheet.txt'))
 * project?.esfGrant // 450000
 * diagnostics.filter((d) => d.severity === 'error') // []
 */
export function parseSheet(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  return parseSheetMeasuring(input, options, measureSource)
}

/** How an entry point measures the input for `source` (see `measureSource`). */
export type MeasureSource = (
  input: string | Uint8Array,
  hash: (bytes: Uint8Array) => string,
) => SourceMeasure

/**
 * {@link parseSheet} with another way to measure the input; for the Node entry, which hashes a
 * string without encoding it in JavaScript first. Not part of the package's surface.
 *
 * @example
 * parseSheetMeasuring(text, {}, measureSource).project?.source.bytes // 2314
 */
export function parseSheetMeasuring(
  input: string | Uint8Array,
  options: ParseOptions,
  measure: MeasureSource,
): ParseResult {
  try {
    return parse(input, options, measure)
  } catch (error) {
    // Every path above is meant to be total; this is the last line of defence, not a feature.
    const found = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    const diagnostic = createDiagnostic('internal-error', {
      line: 1,
      column: 1,
      message: `The parser failed unexpectedly (${found}); please report this input`,
      actual: found,
    })
    return { project: null, diagnostics: [diagnostic] }
  }
}

function parse(
  input: string | Uint8Array,
  options: ParseOptions,
  measure: MeasureSource,
): ParseResult {
  const hash = options.hash ?? sha256Hex
  const diagnostics: Diagnostic[] = []
  const trace: TraceEntry[] | null = options.trace === true ? [] : null
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    diagnostics.push(
      createDiagnostic('empty-input', {
        line: 1,
        column: 1,
        message: `Expected a string or a Uint8Array, found ${input === null ? 'null' : typeof input}`,
        expected: 'string | Uint8Array',
      }),
    )
    return finish(null, diagnostics, trace)
  }

  const decoded = decodeInput(input)
  const { text } = decoded
  const largeBytes = largeInputBytes(input)
  if (largeBytes !== null) {
    diagnostics.push(
      createDiagnostic('input-too-large', {
        line: 1,
        column: 1,
        message: `The input is ${largeBytes} bytes, far more than any real sheet (1–12 kB); it is parsed in full`,
        actual: String(largeBytes),
        expected: `at most ${LARGE_INPUT_BYTES} bytes`,
      }),
    )
  }
  reportEncoding(decoded, diagnostics)
  if (looksBinary(text)) {
    diagnostics.push(
      createDiagnostic('binary-input', {
        line: 1,
        column: 1,
        message:
          'The input looks like binary data (NUL bytes or mostly control characters), not a sheet',
        expected: 'the text of a project-bank sheet',
      }),
    )
    return finish(null, diagnostics, trace, text, 'binary-input')
  }
  if (!hasText(text)) {
    diagnostics.push(
      createDiagnostic('empty-input', {
        line: 1,
        column: 1,
        message: text.length === 0 ? 'The input is empty' : 'The input holds only white space',
        expected: 'the text of a project-bank sheet',
      }),
    )
    return finish(null, diagnostics, trace)
  }

  const lines = splitLines(text)
  const layout = detectLayoutInLines(lines)
  if (layout === null) {
    diagnostics.push(
      createDiagnostic('unknown-layout', {
        line: 1,
        column: 1,
        message:
          'No known layout matched: expected glued labels (A), labels alone on their lines (B) or "Label:" lines (C, D) near the top',
        actual: text.slice(0, 200),
        expected: 'a project-bank sheet',
      }),
    )
    return finish(null, diagnostics, trace, text, 'unknown-layout')
  }

  const ctx: ParseContext = {
    lines,
    endsWithNewline: lines.length > 1 && lines[lines.length - 1] === '',
    diagnostics,
    trace,
    draft: createDraft(layout),
  }
  const headerIndex = readSheet(ctx, layout)
  reportLostCharacters(ctx)
  const project = buildProject(ctx, { headerIndex }, measure(input, hash), hash)
  return finish(project, diagnostics, trace)
}

/** The names the `encoding-detected` diagnostic gives each encoding. */
const ENCODING_NAMES = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
  'iso-8859-1': 'ISO-8859-1',
} as const satisfies Record<InputEncoding, string>

/** Why each encoding other than UTF-8 was chosen, for the message. */
const ENCODING_REASONS = {
  'utf-8': '',
  'utf-16le': ', as its byte-order mark says',
  'utf-16be': ', as its byte-order mark says',
  'windows-1252': ': the bytes are not UTF-8, and bytes 0x80–0x9F hold Windows-1252 characters',
  'iso-8859-1':
    ': the bytes are not UTF-8, and no byte is one that Windows-1252 reads differently, so both give this text',
} as const satisfies Record<InputEncoding, string>

/** Says which encoding was used when it was not plain UTF-8, and where UTF-8 was repaired. */
function reportEncoding(decoded: DecodedInput, diagnostics: Diagnostic[]): void {
  const { text, encoding, repairedAt } = decoded
  if (encoding !== 'utf-8') {
    diagnostics.push(
      createDiagnostic('encoding-detected', {
        line: 1,
        column: 1,
        message: `Decoded as ${ENCODING_NAMES[encoding]}${ENCODING_REASONS[encoding]}`,
        actual: encoding,
        expected: 'utf-8',
      }),
    )
  }
  if (repairedAt !== null) {
    const bytes = decoded.repairedBytes
    diagnostics.push(
      createDiagnostic('encoding-repaired', {
        ...positionOf(text, repairedAt),
        message: `The input is UTF-8 except for ${bytes} ${bytes === 1 ? 'byte' : 'bytes'} that ${bytes === 1 ? 'is' : 'are'} not valid UTF-8; ${bytes === 1 ? 'it was' : 'they were'} read as Windows-1252`,
        actual: text.slice(repairedAt, repairedAt + 20),
        expected: 'UTF-8',
      }),
    )
  }
}

/**
 * Reads banners, title, field block and body; returns where the field block starts (the title
 * line on pages without one).
 */
function readSheet(ctx: ParseContext, layout: Layout): number {
  if (layout === 'E') return readTitleOnlyPage(ctx)
  const find = layout === 'A' ? findGluedHeader : layout === 'B' ? findBareHeader : findColonHeader
  const headerIndex = Math.max(0, find(ctx.lines))
  readPreamble(ctx, headerIndex, { numberedTitle: layout === 'C' || layout === 'D' })
  const bodyStart =
    layout === 'A'
      ? readGluedHeader(ctx, headerIndex)
      : layout === 'B'
        ? readBareHeader(ctx, headerIndex)
        : readColonHeader(ctx, headerIndex)
  const headed = layout === 'A' || layout === 'B'
  readBody(ctx, bodyStart, { otherHeadings: headed, headingsStandAlone: true, lists: true })
  return headerIndex
}

/** Sorts diagnostics by position and, for inputs with no project, traces every line to why. */
function finish(
  project: ParseResult['project'],
  diagnostics: Diagnostic[],
  trace: TraceEntry[] | null,
  text?: string,
  reason?: 'binary-input' | 'unknown-layout',
): ParseResult {
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column)
  if (trace === null) return { project, diagnostics }
  if (text !== undefined && reason !== undefined) {
    splitLines(text).forEach((line, index) => {
      if (!isBlank(line)) trace.push({ line: index + 1, target: `diagnostic:${reason}` })
    })
  }
  trace.sort((a, b) => a.line - b.line)
  return { project, diagnostics, trace }
}
