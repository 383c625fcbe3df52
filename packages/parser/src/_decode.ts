/** Input larger than this is far beyond any real sheet (they are 1–12 kB); still parsed. */
export const LARGE_INPUT_BYTES = 5 * 1024 * 1024

const utf8 = new TextDecoder('utf-8', { fatal: true })
const windows1252 = new TextDecoder('windows-1252')
const encoder = new TextEncoder()

/** The `source` of a project: SHA-256 and size of the input as UTF-8 bytes. */
export interface SourceMeasure {
  readonly sha256: string
  readonly bytes: number
}

/**
 * Measures the input as it came: bytes as they are, a string as its UTF-8 encoding (which is
 * what the same sheet read from a file would hash to).
 *
 * @example
 * measureSource('a', sha256Hex).bytes // 1
 */
export function measureSource(
  input: string | Uint8Array,
  hash: (bytes: Uint8Array) => string,
): SourceMeasure {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input
  return { sha256: hash(bytes), bytes: bytes.length }
}

/**
 * The size in bytes of an input over {@link LARGE_INPUT_BYTES}, or null for any smaller one.
 * A string is only encoded when it might be that large (a UTF-16 code unit takes at most three
 * UTF-8 bytes), so ordinary sheets are not encoded twice.
 *
 * @example
 * largeInputBytes('abc') // null
 */
export function largeInputBytes(input: string | Uint8Array): number | null {
  if (typeof input === 'string' && input.length * 3 <= LARGE_INPUT_BYTES) return null
  const bytes = typeof input === 'string' ? encoder.encode(input).length : input.length
  return bytes > LARGE_INPUT_BYTES ? bytes : null
}

/** Decoded text. */
export interface DecodedInput {
  /** The text, without a BOM. Line endings are left as they were. */
  readonly text: string
  /**
   * Offset in `text` of the first byte that was not valid UTF-8, when the input was decoded as
   * Windows-1252 instead; null when it was valid UTF-8 (or a string).
   */
  readonly repairedAt: number | null
}

/**
 * Decodes input as UTF-8, falling back to Windows-1252 (the other encoding Swedish text files
 * come in) when the bytes are not valid UTF-8. A leading BOM is dropped.
 *
 * @example
 * decodeInput(new Uint8Array([0x53, 0xe4, 0x6c, 0x6a])).text // 'Sälj' (Windows-1252)
 */
export function decodeInput(input: string | Uint8Array): DecodedInput {
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
    return { text, repairedAt: null }
  }
  try {
    return { text: utf8.decode(input), repairedAt: null }
  } catch {
    const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0
    const text = windows1252.decode(bom === 0 ? input : input.subarray(bom))
    // Windows-1252 is one character per byte, so the byte offset is the text offset.
    return { text, repairedAt: firstInvalidUtf8(input) - bom }
  }
}

/** Offset of the first byte that breaks UTF-8; only called once decoding has failed. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0
    if (length === 0) return index
    for (let k = 1; k < length; k += 1) {
      const next = bytes[index + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return index
    }
    index += length
  }
  return 0
}

/**
 * 1-based line and column of a text offset, counting CRLF, CR and LF as one line break each.
 *
 * @example
 * positionOf('ab\r\ncd', 4) // { line: 2, column: 1 }
 */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset && index < text.length; index += 1) {
    const char = text.charCodeAt(index)
    if (char === 10 || (char === 13 && text.charCodeAt(index + 1) !== 10)) {
      line += 1
      lineStart = index + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}
