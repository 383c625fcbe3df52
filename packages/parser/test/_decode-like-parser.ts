const utf8 = new TextDecoder('utf-8', { fatal: true })
const windows1252 = new TextDecoder('windows-1252')

/**
 * The text the parser's lines and columns point into, decoded independently of the parser:
 * UTF-8 when the bytes are valid, else Windows-1252 (the documented fallback), without a
 * leading BOM either way.
 *
 * @example
 * decodeLikeParser(new Uint8Array([0x53, 0xe4])) // 'Sä'
 */
export function decodeLikeParser(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.startsWith('\ufeff') ? input.slice(1) : input
  try {
    return utf8.decode(input)
  } catch {
    const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0
    return windows1252.decode(input.subarray(bom))
  }
}

/**
 * Those lines, split at CRLF, CR and LF as the parser does.
 *
 * @example
 * linesLikeParser('a\r\nb') // ['a', 'b']
 */
export function linesLikeParser(input: string | Uint8Array): string[] {
  return decodeLikeParser(input).split(/\r\n|\r|\n/)
}
