const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const utf8Loose = new TextDecoder('utf-8', { ignoreBOM: true })

/**
 * Windows-1252's characters for 0x80–0x9F, written out as text from the code page's chart
 * (the parser keeps a table of code points); `\x81`-style escapes are the five undefined bytes.
 */
export const WINDOWS_1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ'

function byteToChar(byte: number): string {
  return byte >= 0x80 && byte < 0xa0
    ? WINDOWS_1252_HIGH.charAt(byte - 0x80)
    : String.fromCharCode(byte)
}

/** Splits bytes into maximal well-formed UTF-8 runs and the single bytes between them. */
function utf8Pieces(bytes: Uint8Array): { ok: boolean; from: number; to: number }[] {
  const pieces: { ok: boolean; from: number; to: number }[] = []
  let index = 0
  while (index < bytes.length) {
    let length = 0
    for (const candidate of [1, 2, 3, 4]) {
      if (index + candidate > bytes.length) break
      try {
        const text = utf8.decode(bytes.subarray(index, index + candidate))
        if ([...text].length === 1) {
          length = candidate
          break
        }
      } catch {
        // not a whole character of this length
      }
    }
    const ok = length > 0
    const to = index + (ok ? length : 1)
    const last = pieces[pieces.length - 1]
    if (last?.ok && ok) last.to = to
    else pieces.push({ ok, from: index, to })
    index = to
  }
  return pieces
}

/**
 * The text the parser's lines and columns point into, decoded independently of the parser:
 * UTF-16 by its BOM, UTF-8 when valid, UTF-8 with the odd bad byte as Windows-1252 when
 * multi-byte characters outnumber bad bytes, else Windows-1252 throughout; no leading BOM.
 *
 * @example
 * decodeLikeParser(new Uint8Array([0x53, 0xe4])) // 'Sä'
 */
export function decodeLikeParser(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.startsWith('\ufeff') ? input.slice(1) : input
  if (input[0] === 0xff && input[1] === 0xfe) {
    return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(input.subarray(2))
  }
  if (input[0] === 0xfe && input[1] === 0xff) {
    return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(input.subarray(2))
  }
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0
  const bytes = input.subarray(bom)
  try {
    return utf8.decode(bytes)
  } catch {
    const pieces = utf8Pieces(bytes)
    let characters = 0
    let bad = 0
    for (const piece of pieces) {
      if (!piece.ok) bad += 1
      else
        for (let i = piece.from; i < piece.to; i += 1) if ((bytes[i] ?? 0) >= 0xc0) characters += 1
    }
    if (characters > bad) {
      return pieces
        .map((p) =>
          p.ok ? utf8Loose.decode(bytes.subarray(p.from, p.to)) : byteToChar(bytes[p.from] ?? 0),
        )
        .join('')
    }
    return Array.from(bytes, byteToChar).join('')
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
