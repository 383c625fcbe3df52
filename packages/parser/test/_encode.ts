import { WINDOWS_1252_HIGH } from './_decode-like-parser.js'

const BYTE_OF = new Map<string, number>()
for (let byte = 0; byte < 0x100; byte += 1) {
  const char =
    byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH.charAt(byte - 0x80) : String.fromCharCode(byte)
  BYTE_OF.set(char, byte)
}

/**
 * The Windows-1252 bytes of a text, or null when some character has no byte in it.
 *
 * @example
 * encodeWindows1252('• Å') // Uint8Array [0x95, 0x20, 0xc5]
 */
export function encodeWindows1252(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length)
  for (let index = 0; index < text.length; index += 1) {
    const byte = BYTE_OF.get(text.charAt(index))
    if (byte === undefined) return null
    bytes[index] = byte
  }
  return bytes
}

/**
 * UTF-16 bytes of a text with the byte-order mark of the given order.
 *
 * @example
 * encodeUtf16('A', 'le') // Uint8Array [0xff, 0xfe, 0x41, 0x00]
 */
export function encodeUtf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  const view = new DataView(bytes.buffer)
  view.setUint16(0, 0xfeff, order === 'le')
  for (let index = 0; index < text.length; index += 1) {
    view.setUint16(2 + index * 2, text.charCodeAt(index), order === 'le')
  }
  return bytes
}
