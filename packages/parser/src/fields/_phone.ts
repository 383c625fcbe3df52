import { fail, ok, type ValueResult } from './_result.js'

/** Separators people put between digit groups; `(0)` is the trunk prefix in `+46 (0)70 …`. */
const SEPARATORS = /[\s\-–/.()]/g
const TRUNK_IN_PARENTHESES = /\(0\)/

/** What a phone number looks like, for messages. */
export const PHONE_EXAMPLE = 'a Swedish number such as 070-388 17 20 or +46 70 388 17 20'

/**
 * Reads a Swedish phone number in any of the shapes the pages use (`08-50835768`,
 * `070-629 37 30`, `0706434398`, `0920 - 26 66 00`) or with a country code, as E.164: `+46`
 * followed by the number without its trunk `0`.
 *
 * @example
 * parsePhone('070-388 17 20') // { ok: true, value: '+46703881720' }
 * parsePhone('0920 - 26 66 00') // { ok: true, value: '+46920266600' }
 */
export function parsePhone(value: string): ValueResult<string> {
  const compact = value.replace(TRUNK_IN_PARENTHESES, '').replace(SEPARATORS, '')
  let national: string
  if (compact.startsWith('+46')) national = compact.slice(3)
  else if (compact.startsWith('0046')) national = compact.slice(4)
  else if (compact.startsWith('0') && !compact.startsWith('00')) national = compact.slice(1)
  else return fail(PHONE_EXAMPLE)
  // Swedish numbers have 7 to 9 digits after the trunk prefix; allow a little slack both ways.
  return /^[1-9]\d{5,11}$/.test(national) ? ok(`+46${national}`) : fail(PHONE_EXAMPLE)
}
