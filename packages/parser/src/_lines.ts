/**
 * White space the site and word processors scatter inside values: tabs, NBSP, the U+2000 block
 * (including the zero-width space), narrow NBSP and the ideographic space.
 */
const ODD_SPACE = /[\t\u00a0\u2000-\u200b\u202f\u3000]/g
const HAS_ODD_SPACE = /[\t\u00a0\u2000-\u200b\u202f\u3000]/
const LINE_BREAK = /\r\n?/g

/**
 * Splits decoded text into lines, treating CRLF, CR and LF alike, so that line numbers match
 * what an editor shows for the input. Odd white space comes out as plain spaces (columns stay
 * the same): done once here, over the whole text, so that the readers need only `trim`.
 *
 * @example
 * splitLines('a\r\nb\u00a0c\rd\n') // ['a', 'b c', 'd', '']
 */
export function splitLines(text: string): string[] {
  const plain = normaliseSpaces(text)
  const unified = plain.includes('\r') ? plain.replace(LINE_BREAK, '\n') : plain
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
 * A value as the parser uses it: trimmed. Text from {@link splitLines} has plain spaces
 * already; other text has its odd spaces made plain first.
 *
 * @example
 * cleanValue('  Övre Norrland\u00a0') // 'Övre Norrland'
 */
export function cleanValue(text: string): string {
  // `trim` drops every odd space but the zero-width one, which only unsplit text can hold.
  return text.includes('\u200b') ? normaliseSpaces(text).trim() : text.trim()
}

/**
 * Whether a line holds nothing but white space (odd spaces included).
 *
 * @example
 * isBlank('\u00a0 ') // true
 */
export function isBlank(line: string | undefined): boolean {
  if (line === undefined) return true
  // Runs several times per line; most lines start with a printable ASCII character.
  const first = line.charCodeAt(0)
  if (first > 0x20 && first < 0x7f) return false
  return cleanValue(line) === ''
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
  while (index < line.length && isBlank(line.charAt(index))) index += 1
  return (index < line.length ? index : from) + 1
}
