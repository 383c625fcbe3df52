const NORDIC: Readonly<Record<string, string>> = { ø: 'o', æ: 'a' }

/**
 * Whether a lower-case word has ø or æ, the Danish and Norwegian letters for ö and ä: typed
 * on such a keyboard, or by habit (`ørebro`, `gævle`). Swedish texts do not use them.
 *
 * @example
 * hasNordicLetters('ørnskøldsvik') // true
 * hasNordicLetters('örnsköldsvik') // false
 */
export function hasNordicLetters(word: string): boolean {
  return /[øæ]/u.test(word)
}

/**
 * The word as if typed without ø and æ (ø → o, æ → a), for the diacritic restorer to spell:
 * `ørebro` → `orebro` → *örebro*.
 *
 * @example
 * foldNordicLetters('gævle') // 'gavle'
 */
export function foldNordicLetters(word: string): string {
  return word.replace(/[øæ]/gu, (letter) => NORDIC[letter] ?? letter)
}
