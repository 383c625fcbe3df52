/**
 * Normalises a word the way the tokeniser does: NFC, Swedish lower-casing, soft hyphens and
 * zero-width joiners removed. (`toLocaleLowerCase('sv')` equals `toLowerCase()` — Unicode has
 * no Swedish special casing — but says what is meant.)
 *
 * @example
 * normalizeWord('Kommun\u00adERNA') // 'kommunerna'
 */
export function normalizeWord(word: string): string {
  return word
    .replace(/[\u00ad\u200c\u200d]/gu, '')
    .normalize('NFC')
    .toLocaleLowerCase('sv')
}
