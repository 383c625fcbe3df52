/** White space of any kind, the no-break spaces of web pages included. */
const SPACES = /[\s\u00a0\u2007\u202f]+/g
const AMPERSAND = /\s*&\s*/g

/**
 * The one comparison key for names in the code lists (regions, counties, programme areas):
 * Unicode NFC, lower case, `&` read as `och`, white space collapsed and trimmed. Two spellings
 * of a name with the same key are the same name.
 *
 * @example
 * normaliseName('Småland & Öarna') // 'småland och öarna'
 * normaliseName('  SMÅLAND  och öarna ') // 'småland och öarna'
 */
export function normaliseName(text: string): string {
  // Plain lower-casing: Swedish has no locale-specific case rules.
  return text.normalize('NFC').replace(AMPERSAND, ' och ').replace(SPACES, ' ').trim().toLowerCase()
}
