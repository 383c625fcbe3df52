const FOLDED: Readonly<Record<string, string>> = { å: 'a', ä: 'a', ö: 'o', é: 'e' }

/**
 * A lower-case word as it is typed on a keyboard without Swedish letters: å and ä become a,
 * ö becomes o, é becomes e. Other letters are kept.
 *
 * @example
 * foldDiacritics('örnsköldsvik') // 'ornskoldsvik'
 */
export function foldDiacritics(word: string): string {
  return word.replace(/[åäöé]/gu, (letter) => FOLDED[letter] ?? letter)
}

/**
 * Whether a lower-case word has a letter that {@link foldDiacritics} changes.
 *
 * @example
 * hasDiacritics('umeå') // true
 * hasDiacritics('umea') // false
 */
export function hasDiacritics(word: string): boolean {
  return /[åäöé]/u.test(word)
}
