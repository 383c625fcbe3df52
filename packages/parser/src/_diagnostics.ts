import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from '@projektbank/model'

/** Longest `actual` a diagnostic carries; real values are far shorter, prose lines are not. */
const MAX_ACTUAL = 200

/**
 * Codes whose diagnostic is the only place a line of the input ends up (a line that fits no
 * field, a value under an unknown label): their `actual` is kept whole, because cutting it
 * would lose text.
 */
const HOLDS_A_LINE: ReadonlySet<DiagnosticCode> = new Set(['unparsed-line', 'unknown-label'])

/** Longest excerpt quoted inside a message, so that messages stay one readable line. */
const MAX_QUOTE = 60

/**
 * Shortens text to `max` characters, marking the cut with an ellipsis.
 *
 * @example
 * truncate('abcdef', 4) // 'abc…'
 */
export function truncate(text: string, max: number = MAX_ACTUAL): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/**
 * Quotes a found value for a message, shortened so that a whole prose line never ends up in it.
 *
 * @example
 * quote('cirka 5 mkr') // '"cirka 5 mkr"'
 */
export function quote(text: string): string {
  return `"${truncate(text, MAX_QUOTE)}"`
}

/** Where and what, without the code and severity that {@link createDiagnostic} adds. */
export interface DiagnosticDetails {
  /** 1-based line in the decoded input. */
  readonly line: number
  /** 1-based column (UTF-16 units). */
  readonly column: number
  /** What failed, what was expected and what was found. */
  readonly message: string
  /** The `Project` field concerned, as a dotted path. */
  readonly field?: string
  /** The text that was found; cut to 200 characters here, unless the code holds a line. */
  readonly actual?: string
  /** What was expected instead. */
  readonly expected?: string
}

/**
 * Builds a diagnostic with the severity the model assigns to its code, so that severities are
 * decided in one place.
 *
 * @example
 * createDiagnostic('bad-amount', { line: 12, column: 18, message: '…', actual: 'cirka 5 mkr' })
 * // { code: 'bad-amount', severity: 'error', line: 12, column: 18, message: '…', actual: 'cirka 5 mkr' }
 */
export function createDiagnostic(code: DiagnosticCode, details: DiagnosticDetails): Diagnostic {
  const diagnostic: Diagnostic = {
    code,
    severity: DIAGNOSTIC_CODES[code].severity,
    message: details.message,
    line: Math.max(1, details.line),
    column: Math.max(1, details.column),
  }
  if (details.field !== undefined) diagnostic.field = details.field
  if (details.actual !== undefined) {
    diagnostic.actual = HOLDS_A_LINE.has(code) ? details.actual : truncate(details.actual)
  }
  if (details.expected !== undefined) diagnostic.expected = details.expected
  return diagnostic
}
