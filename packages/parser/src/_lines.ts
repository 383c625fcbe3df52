/**
 * White space the site and word processors scatter inside values: tabs, NBSP, the U+2000 block
 * (including the zero-width space), narrow NBSP and the ideographic space.
 */
const ODD_SPACE = /[\t\u00a0\u2000-\u200b\u202f\u3000]/g
const HAS_ODD_SPACE = /[\t\u00a0\u2000-\u200b\u202f\u3000]/
const LINE_BREAK = /\r\n?/g

/**
 * Splits decoded text into lines, treating CRLF, CR and LF alike, so that line numbers match
 * what an editor shows for the input.
 *
 * @example
 * splitLines('a\r\nb\rc\n') // ['a', 'b', 'c', '']
 */
export function splitLines(text: string): string[] {
  const unified = text.includes('\r') ? text.replace(LINE_BREAK, '\n') : text
  return unified.split('\n')
}

/**
 * Turns every odd white-space character into a plain space, keeping the length (and therefore
 * every column) unchanged.
 *
 * @example
 * normaliseSpaces('450\u00a0000 kr') // '450 000 kr'
 */
export function normaliseSpaces(text: string): string {
  return HAS_ODD_SPACE.test(text) ? text.replace(ODD_SPACE, ' ') : text
}

/**
 * A value as the parser uses it: odd spaces made plain, then trimmed.
 *
 * @example
 * cleanValue('  Övre Norrland\u00a0') // 'Övre Norrland'
 */
export function cleanValue(text: string): string {
  return normaliseSpaces(text).trim()
}

/**
 * Whether a line holds nothing but white space (odd spaces included).
 *
 * @example
 * isBlank('\u00a0 ') // true
 */
export function isBlank(line: string | undefined): boolean {
  if (line === undefined) return true
  // `trim` already drops every odd space but the zero-width one; this runs on every line.
  const trimmed = line.trim()
  return trimmed === '' || (trimmed.charCodeAt(0) === 0x200b && cleanValue(trimmed) === '')
}

/**
 * 1-based column of the first non-space character at or after `from` (0-based), or of `from`
 * itself when only white space follows; used to point diagnostics at a value.
 *
 * @example
 * valueColumn('E-postanna@example.se', 6) // 7
 */
export function valueColumn(line: string, from = 0): number {
  let index = from
  while (index < line.length && cleanValue(line.charAt(index)) === '') index += 1
  return (index < line.length ? index : from) + 1
}
