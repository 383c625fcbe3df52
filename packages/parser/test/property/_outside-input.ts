import type { Diagnostic } from '@projektbank/model'

const utf8 = new TextDecoder('utf-8', { fatal: true })
const windows1252 = new TextDecoder('windows-1252')

/**
 * The lines diagnostics point into: the input decoded as UTF-8 when the bytes are valid, else
 * as Windows-1252 (the parser's documented fallback), without a leading BOM either way.
 */
function linesOf(input: string | Uint8Array): string[] {
  let text: string
  if (typeof input === 'string') {
    text = input.startsWith('\ufeff') ? input.slice(1) : input
  } else {
    try {
      text = utf8.decode(input)
    } catch {
      const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0
      text = windows1252.decode(input.subarray(bom))
    }
  }
  return text.split(/\r\n|\r|\n/)
}

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
  const lines = linesOf(input)
  return diagnostics.filter((d) => {
    const line = lines[d.line - 1]
    return line === undefined || d.column < 1 || d.column > line.length + 1
  })
}
