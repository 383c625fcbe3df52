import { decodeSingleByte, isWindows1252Only, WINDOWS_1252 } from './_windows-1252.js'

/** Input larger than this is far beyond any real sheet (they are 1–12 kB); still parsed. */
export const LARGE_INPUT_BYTES = 5 * 1024 * 1024

// ignoreBOM: a BOM is dropped before decoding, and a second one is text.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true })
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

/** The encodings the parser reads; the name is what the `encoding-detected` diagnostic says. */
export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-1'

/** Decoded text. */
export interface DecodedInput {
  /** The text, without a BOM. Line endings are left as they were. */
  readonly text: string
  /** How the bytes were read; `utf-8` for strings. */
  readonly encoding: InputEncoding
  /**
   * Offset in `text` of the first byte that was not valid UTF-8 in text that is otherwise
   * UTF-8 (that byte and the other bad ones were read as Windows-1252); null when there was none.
   */
  readonly repairedAt: number | null
  /** How many bytes were repaired that way. */
  readonly repairedBytes: number
}

/**
 * Decodes input: UTF-16 LE or BE when a BOM says so; UTF-8 when the bytes are valid UTF-8;
 * UTF-8 with the few bad bytes read as Windows-1252 when valid multi-byte sequences outnumber
 * them (a file edited with two tools); otherwise a single-byte encoding, Windows-1252 when
 * bytes 0x80–0x9F hold its punctuation and ISO-8859-1 (which reads the same) when no byte
 * tells the two apart. A leading BOM is dropped.
 *
 * @example
 * decodeInput(new Uint8Array([0x53, 0xe4, 0x6c, 0x6a])).text // 'Sälj' (ISO-8859-1)
 * decodeInput(new Uint8Array([0x95, 0x20, 0x55])).encoding // 'windows-1252' ('• U')
 */
export function decodeInput(input: string | Uint8Array): DecodedInput {
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
    return { text, encoding: 'utf-8', repairedAt: null, repairedBytes: 0 }
  }
  if (input[0] === 0xff && input[1] === 0xfe) {
    return { text: utf16le.decode(input.subarray(2)), ...clean('utf-16le') }
  }
  if (input[0] === 0xfe && input[1] === 0xff) {
    return { text: utf16le.decode(swapPairs(input.subarray(2))), ...clean('utf-16be') }
  }
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0
  const bytes = bom === 0 ? input : input.subarray(bom)
  try {
    return { text: utf8.decode(bytes), ...clean('utf-8') }
  } catch {
    return decodeNotUtf8(bytes)
  }
}

function clean(encoding: InputEncoding) {
  return { encoding, repairedAt: null, repairedBytes: 0 } as const
}

/** UTF-16 BE as LE: every byte pair swapped (an odd last byte stays, and decodes as U+FFFD). */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length)
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    swapped[index] = bytes[index + 1] ?? 0
    swapped[index + 1] = bytes[index] ?? 0
  }
  if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1] ?? 0
  return swapped
}

/** Bytes that are not valid UTF-8: mostly UTF-8 with a few bad bytes, or single-byte text. */
function decodeNotUtf8(bytes: Uint8Array): DecodedInput {
  let sequences = 0
  let invalid = 0
  let windowsOnly = false
  for (let index = 0; index < bytes.length; ) {
    const byte = bytes[index] ?? 0
    if (byte < 0x80) {
      index += 1
      continue
    }
    if (isWindows1252Only(byte)) windowsOnly = true
    const length = utf8SequenceLength(bytes, index)
    if (length === 0) {
      invalid += 1
      index += 1
    } else {
      sequences += 1
      index += length
    }
  }
  // In a single-byte Swedish text a valid UTF-8 pair is a rare accident (`Ã¤` is no Swedish);
  // in a UTF-8 file touched by another tool the bad bytes are the accident.
  if (sequences > invalid) return repairUtf8(bytes, invalid)
  return {
    text: decodeSingleByte(bytes, WINDOWS_1252),
    ...clean(windowsOnly ? 'windows-1252' : 'iso-8859-1'),
  }
}

/** UTF-8 with each byte that breaks it read as Windows-1252. */
function repairUtf8(bytes: Uint8Array, invalid: number): DecodedInput {
  const parts: string[] = []
  let length = 0
  let repairedAt: number | null = null
  let runStart = 0
  for (let index = 0; index < bytes.length; ) {
    const byte = bytes[index] ?? 0
    const sequence = byte < 0x80 ? 1 : utf8SequenceLength(bytes, index)
    if (sequence > 0) {
      index += sequence
      continue
    }
    const run = utf8.decode(bytes.subarray(runStart, index))
    parts.push(run)
    length += run.length
    repairedAt ??= length
    parts.push(String.fromCharCode(WINDOWS_1252[byte] ?? byte))
    length += 1
    index += 1
    runStart = index
  }
  parts.push(utf8.decode(bytes.subarray(runStart)))
  return { text: parts.join(''), encoding: 'utf-8', repairedAt, repairedBytes: invalid }
}

/**
 * The length of the well-formed UTF-8 sequence that starts at `index` (2–4), or 0 when the
 * bytes there are not one (Unicode's table of well-formed sequences: no overlong forms, no
 * surrogates, nothing above U+10FFFF).
 */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index] ?? 0
  const second = bytes[index + 1] ?? 0
  const isTail = (byte: number | undefined) => byte !== undefined && (byte & 0xc0) === 0x80
  if (first >= 0xc2 && first <= 0xdf) return isTail(bytes[index + 1]) ? 2 : 0
  if (first >= 0xe0 && first <= 0xef) {
    const low = first === 0xe0 ? 0xa0 : 0x80
    const high = first === 0xed ? 0x9f : 0xbf
    return second >= low && second <= high && isTail(bytes[index + 2]) ? 3 : 0
  }
  if (first >= 0xf0 && first <= 0xf4) {
    const low = first === 0xf0 ? 0x90 : 0x80
    const high = first === 0xf4 ? 0x8f : 0xbf
    const ok =
      second >= low && second <= high && isTail(bytes[index + 2]) && isTail(bytes[index + 3])
    return ok ? 4 : 0
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
