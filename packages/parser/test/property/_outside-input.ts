import type { Diagnostic } from '@projektbank/model'
import { linesLikeParser } from '../_decode-like-parser.js'

/**
 * The diagnostics whose position is not inside the input: a line past the end, or a column
 * left of the first or further right than one past the end of its line. An empty list is the
 * check.
 *
 * @example
 * expect(diagnosticsOutsideInput(bytes, parseSheet(bytes).diagnostics)).toEqual([])
 */
export function diagnosticsOutsideInput(
  input: string | Uint8Array,
  diagnostics: readonly Diagnostic[],
): Diagnostic[] {
  const lines = linesLikeParser(input)
  return diagnostics.filter((d) => {
    const line = lines[d.line - 1]
    return line === undefined || d.column < 1 || d.column > line.length + 1
  })
}
