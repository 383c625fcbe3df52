import type { Diagnostic, Layout } from '@projektbank/model'
import { readBody } from './_body.js'
import { buildProject } from './_build-project.js'
import { createDraft, type ParseContext } from './_context.js'
import {
  decodeInput,
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
  if (decoded.repairedAt !== null) {
    const at = positionOf(text, decoded.repairedAt)
    diagnostics.push(
      createDiagnostic('encoding-repaired', {
        ...at,
        message: 'The input is not valid UTF-8; it was decoded as Windows-1252 instead',
        actual: text.slice(decoded.repairedAt, decoded.repairedAt + 20),
        expected: 'UTF-8',
      }),
    )
  }
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

/** Reads banners, title, field block and body; returns where the field block starts. */
function readSheet(ctx: ParseContext, layout: Layout): number {
  const find = layout === 'A' ? findGluedHeader : layout === 'B' ? findBareHeader : findColonHeader
  const headerIndex = Math.max(0, find(ctx.lines))
  readPreamble(ctx, headerIndex, { numberedTitle: layout === 'C' || layout === 'D' })
  const bodyStart =
    layout === 'A'
      ? readGluedHeader(ctx, headerIndex)
      : layout === 'B'
        ? readBareHeader(ctx, headerIndex)
        : readColonHeader(ctx, headerIndex)
  readBody(ctx, bodyStart, { otherHeadings: layout === 'A' || layout === 'B' })
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
