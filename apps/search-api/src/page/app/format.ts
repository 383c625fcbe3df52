/**
 * Swedish number, amount and text formats of the page. Pure: no DOM, so Node tests them.
 */

/** Whole kronor: `450 000 kr`. */
export const kronor = new Intl.NumberFormat('sv-SE', {
  style: 'currency',
  currency: 'SEK',
  maximumFractionDigits: 0,
})

/** Counts with Swedish digit grouping: `10 000`. */
export const integer = new Intl.NumberFormat('sv-SE')

/** Shares such as the ESF share: `45,5 %`. */
export const percent = new Intl.NumberFormat('sv-SE', {
  style: 'percent',
  maximumFractionDigits: 1,
})

/** Swedish alphabetical order (å, ä, ö after z). */
export const collator = new Intl.Collator('sv')

/**
 * A number in a format, or `null` for a missing one.
 *
 * @example
 * formatted(450000, kronor) // '450 000 kr' (with no-break spaces)
 */
export function formatted(value: number | null, format: Intl.NumberFormat): string | null {
  return value === null ? null : format.format(value)
}

/**
 * The present parts joined, or `null` when none is.
 *
 * @example
 * joined(' ', '2', null, 'Ökat arbetskraftsutbud') // '2 Ökat arbetskraftsutbud'
 */
export function joined(separator: string, ...parts: (string | null | undefined)[]): string | null {
  return parts.filter((part) => part).join(separator) || null
}

/**
 * A project period, `?` standing for an unknown end; `null` when both are unknown.
 *
 * @example
 * period('2014-04-01', null) // '2014-04-01 – ?'
 */
export function period(start: string | null, end: string | null): string | null {
  return start || end ? `${start ?? '?'} – ${end ?? '?'}` : null
}

/**
 * The first `max` items and how many more there are.
 *
 * @example
 * shortList(['Umeå', 'Luleå', 'Piteå'], 2) // 'Umeå, Luleå och 1 till'
 */
export function shortList(items: string[], max: number): string {
  return items.length <= max
    ? items.join(', ')
    : `${items.slice(0, max).join(', ')} och ${items.length - max} till`
}

/**
 * What a user typed as an amount, as the API takes it: `''` for nothing, `null` when it is not
 * a whole number of kronor. Spaces (also no-break and narrow ones) and a trailing `kr` are
 * allowed, because that is how Swedish amounts are written.
 *
 * @example
 * parseKronor('500 000 kr') // '500000'
 * parseKronor('5,5') // null
 */
export function parseKronor(value: string): string | null {
  const digits = value.replace(/[\s\u00a0\u202f]|kr$/gi, '')
  if (digits === '') return ''
  return /^\d{1,15}$/.test(digits) ? String(Number(digits)) : null
}

/**
 * The result count as the page announces it.
 *
 * @example
 * hitCountText(1) // '1 träff'
 * hitCountText(12000) // '12 000 träffar'
 */
export function hitCountText(totalHits: number): string {
  if (totalHits === 0) return 'Inga träffar'
  return `${integer.format(totalHits)} ${totalHits === 1 ? 'träff' : 'träffar'}`
}
