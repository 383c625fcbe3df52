/**
 * Code points of Windows-1252 bytes 0x80–0x9F, from the WHATWG Encoding Standard's
 * index-windows-1252 (the table browsers use). The five bytes the code page leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same number, as in WHATWG.
 * Every other byte is its own code point (ISO-8859-1). Node's `TextDecoder('windows-1252')`
 * cannot be used: it decodes 0x80–0x9F as C1 controls, which turned every bullet `•` (0x95)
 * into U+0095.
 */
const HIGH_CONTROLS = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
] as const

/**
 * The code point of each of the 256 bytes in Windows-1252.
 *
 * @example
 * WINDOWS_1252[0x95] // 0x2022 (•)
 */
export const WINDOWS_1252: Uint16Array = (() => {
  const table = new Uint16Array(256)
  for (let byte = 0; byte < 256; byte += 1) table[byte] = byte
  HIGH_CONTROLS.forEach((code, index) => {
    table[0x80 + index] = code
  })
  return table
})()

/**
 * Whether Windows-1252 gives a byte a character of its own (it is in 0x80–0x9F and not one of
 * the five the code page leaves undefined): the bytes that tell it apart from ISO-8859-1.
 *
 * @example
 * isWindows1252Only(0x95) // true
 * isWindows1252Only(0xe4) // false
 */
export function isWindows1252Only(byte: number): boolean {
  return byte >= 0x80 && byte < 0xa0 && WINDOWS_1252[byte] !== byte
}

/** Characters per `String.fromCharCode` call: far below any engine's argument limit. */
const CHUNK = 8192

/**
 * Decodes single-byte text with a 256-entry table.
 *
 * @example
 * decodeSingleByte(new Uint8Array([0x95, 0x20, 0xc5]), WINDOWS_1252) // '• Å'
 */
export function decodeSingleByte(bytes: Uint8Array, table: Uint16Array): string {
  const parts: string[] = []
  const units = new Uint16Array(Math.min(bytes.length, CHUNK))
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK)
    for (let index = start; index < end; index += 1) {
      units[index - start] = table[bytes[index] ?? 0] ?? 0
    }
    parts.push(String.fromCharCode(...units.subarray(0, end - start)))
  }
  return parts.join('')
}
