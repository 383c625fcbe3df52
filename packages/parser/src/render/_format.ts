import type { Period } from '@projektbank/model'

/**
 * Groups the digits of a whole number in threes: `formatAmount(71402008, ' ')` is
 * `71 402 008`. Layout A uses U+00A0 as the separator, B and C an ordinary space.
 */
export function formatAmount(amount: number, separator: string): string {
  const digits = String(Math.trunc(Math.abs(amount)))
  const head = digits.length % 3 || 3
  const groups = [digits.slice(0, head)]
  for (let index = head; index < digits.length; index += 3) {
    groups.push(digits.slice(index, index + 3))
  }
  return (amount < 0 ? '-' : '') + groups.join(separator)
}

/** A co-financing fraction as the pages print it: `0.5` → `50%`, no space before `%`. */
export function formatRate(rate: number): string {
  return `${Number((rate * 100).toFixed(2))}%`
}

/** `YYYY-MM-DD<joiner>YYYY-MM-DD`; a missing end is printed as nothing. */
export function formatPeriod(period: Period, joiner: string): string {
  return `${period.start ?? ''}${joiner}${period.end ?? ''}`
}

/**
 * How a phone number is printed. Every shape below occurs on real layout A pages:
 * `grouped` `070-388 17 20`, `compact` `070-3881720`, `digits` `0703881720`,
 * `spaced` `070 - 388 17 20`.
 */
export type PhoneStyle = 'grouped' | 'compact' | 'digits' | 'spaced'

/**
 * Two-digit area codes (after the trunk 0). Everything else outside 08, 07x and 010 has a
 * three-digit area code (0455, 0920). The list only has to give plausible groupings: the parser
 * reads every one of these shapes back to the same E.164 number.
 */
const TWO_DIGIT_AREAS = new Set(
  '11 13 16 18 19 20 21 23 26 31 33 35 36 40 42 44 46 54 60 63 90'.split(' '),
)

function areaLength(significant: string): number {
  if (significant.startsWith('8')) return 1
  if (significant.startsWith('7') || significant.startsWith('10')) return 2
  return TWO_DIGIT_AREAS.has(significant.slice(0, 2)) ? 2 : 3
}

/** Subscriber digits in the groups Swedish numbers are usually written in (`388 17 20`). */
function groupSubscriber(digits: string): string {
  const sizes: Record<number, number[]> = { 5: [3, 2], 6: [2, 2, 2], 7: [3, 2, 2], 8: [3, 3, 2] }
  const plan = sizes[digits.length]
  if (plan === undefined) return digits
  const groups: string[] = []
  let offset = 0
  for (const size of plan) {
    groups.push(digits.slice(offset, offset + size))
    offset += size
  }
  return groups.join(' ')
}

/**
 * Turns an E.164 Swedish number back into national form: `+46703881720` → `070-388 17 20`.
 * Anything that is not `+46` followed by digits is returned unchanged.
 */
export function formatNationalPhone(e164: string, style: PhoneStyle = 'grouped'): string {
  const match = /^\+46(\d+)$/.exec(e164)
  const significant = match?.[1]
  if (significant === undefined) return e164
  const cut = Math.min(areaLength(significant), significant.length - 1)
  const area = `0${significant.slice(0, cut)}`
  const subscriber = significant.slice(cut)
  switch (style) {
    case 'grouped':
      return `${area}-${groupSubscriber(subscriber)}`
    case 'compact':
      return `${area}-${subscriber}`
    case 'digits':
      return `${area}${subscriber}`
    case 'spaced':
      return `${area} - ${groupSubscriber(subscriber)}`
  }
}
