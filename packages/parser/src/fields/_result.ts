/**
 * The outcome of reading one value: the value, or what was expected instead, so that callers
 * can phrase the diagnostic with what they know about the field.
 *
 * @example
 * const r: ValueResult<number> = { ok: false, expected: '1 234 567 kr' }
 */
export type ValueResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly expected: string }

/**
 * A successful {@link ValueResult}.
 *
 * @example
 * ok(5) // { ok: true, value: 5 }
 */
export function ok<T>(value: T): ValueResult<T> {
  return { ok: true, value }
}

/**
 * A failed {@link ValueResult}.
 *
 * @example
 * fail('YYYY-MM-DD') // { ok: false, expected: 'YYYY-MM-DD' }
 */
export function fail<T>(expected: string): ValueResult<T> {
  return { ok: false, expected }
}
