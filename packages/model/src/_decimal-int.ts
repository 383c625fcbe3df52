import { z } from 'zod'

/** Digits only: what a URL may carry for a number (no sign, no `0x`, exponent or spaces). */
const DECIMAL_DIGITS = /^[0-9]+$/

/**
 * A whole number in `[min, max]`, from a number or, in a URL, a string of decimal digits only.
 * `Number()` alone would read `0x10` as 16, `1e1` as 10 and ` 2` as 2; a filter panel that
 * builds such a value has a bug the API should show, not hide.
 */
export function decimalInt(min: number, max: number) {
  return z.preprocess((value, ctx) => {
    if (typeof value !== 'string') return value
    if (DECIMAL_DIGITS.test(value)) return Number(value)
    ctx.addIssue({ code: 'custom', message: 'must be a decimal integer (digits 0-9 only)' })
    return z.NEVER
  }, z.int().min(min).max(max))
}
