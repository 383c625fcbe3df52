import { fail, ok, type ValueResult } from './_result.js'

const PERCENT = /^(\d{1,3}(?:[.,]\d+)?) ?%$/
const COUNT = /^\d{1,3}(?: \d{3})*$|^\d+$/

/**
 * Reads a percentage such as `50%` as a fraction between 0 and 1.
 *
 * @example
 * parsePercent('67%') // { ok: true, value: 0.67 }
 */
export function parsePercent(value: string): ValueResult<number> {
  const digits = PERCENT.exec(value)?.[1]
  if (digits === undefined) return fail('a percentage such as 50%')
  const percent = Number(digits.replace(',', '.'))
  // Rounding keeps 67% at 0.67 instead of a binary-fraction neighbour.
  return percent <= 100 ? ok(Math.round(percent * 1e4) / 1e6) : fail('a percentage up to 100%')
}

/**
 * Reads a count such as `60` or `1 250`.
 *
 * @example
 * parseCount('1 250') // { ok: true, value: 1250 }
 */
export function parseCount(value: string): ValueResult<number> {
  if (!COUNT.test(value)) return fail('a whole number such as 60')
  const count = Number(value.replaceAll(' ', ''))
  return Number.isSafeInteger(count) ? ok(count) : fail('a whole number such as 60')
}

/**
 * Reads a `Ja`/`Nej` answer.
 *
 * @example
 * parseYesNo('Nej') // { ok: true, value: false }
 */
export function parseYesNo(value: string): ValueResult<boolean> {
  const answer = value.toLowerCase()
  if (answer === 'ja') return ok(true)
  if (answer === 'nej') return ok(false)
  return fail('Ja or Nej')
}

const ALL_DIGITS = /^\d+$/

/**
 * Reads a code made of a fixed number of digits, ignoring spaces and hyphens people add
 * (`702 26`, `212000-1850`).
 *
 * @example
 * parseDigits('702 26', 5) // { ok: true, value: '70226' }
 */
export function parseDigits(value: string, length: number): ValueResult<string> {
  const digits = value.replace(/[\s-]/g, '')
  // No regex built per call: that compiled one for every postal code and organisation number.
  return digits.length === length && ALL_DIGITS.test(digits) ? ok(digits) : fail(`${length} digits`)
}
