import { fail, ok, type ValueResult } from './_result.js'

/**
 * Whole kronor with thousands grouped by single spaces (NBSP already made plain) or not at all,
 * an optional `kr`/`SEK`, and an optional `,00` or `:-` that some people add to whole sums.
 */
const AMOUNT = /^(\d{1,3}(?: \d{3})+|\d+)(?:,00|:-)?(?: ?(?:kr|kronor|SEK)\.?)?$/i

/** What an amount looks like, for messages. */
export const AMOUNT_EXAMPLE = '1 234 567 kr'

/**
 * Reads an amount such as `3 806 584 kr` or `36 691 291` as whole kronor.
 *
 * @example
 * parseAmount('3 806 584 kr') // { ok: true, value: 3806584 }
 * parseAmount('cirka 5 mkr') // { ok: false, expected: '1 234 567 kr' }
 */
export function parseAmount(value: string): ValueResult<number> {
  const digits = AMOUNT.exec(value)?.[1]
  if (digits === undefined) return fail(AMOUNT_EXAMPLE)
  const amount = Number(digits.replaceAll(' ', ''))
  return Number.isSafeInteger(amount) ? ok(amount) : fail(AMOUNT_EXAMPLE)
}
