import { fail, ok, type ValueResult } from './_result.js'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Two dates joined by `till` (A), a bare hyphen (B), a spaced hyphen (C) or a dash. The dates
 * are matched loosely here so that a bad half is reported as a bad date, not a bad period.
 */
const PERIOD = /^(\d{4}-\d{1,2}-\d{1,2})\s*(?:till|[-–—])\s*(\d{4}-\d{1,2}-\d{1,2})$/i

/** Years outside this range are typing errors, and would make `years` absurdly long. */
const MIN_YEAR = 1900
const MAX_YEAR = 2199

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0)
}

/**
 * Reads an ISO date and checks that it exists on the calendar.
 *
 * @example
 * parseIsoDate('2014-04-01') // { ok: true, value: '2014-04-01' }
 * parseIsoDate('2014-02-30') // { ok: false, expected: 'a real calendar date, YYYY-MM-DD' }
 */
export function parseIsoDate(value: string): ValueResult<string> {
  const match = ISO_DATE.exec(value)
  if (match === null) return fail('YYYY-MM-DD')
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(`a year from ${MIN_YEAR} to ${MAX_YEAR}`)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail('a real calendar date, YYYY-MM-DD')
  }
  return ok(value)
}

/** The two printed halves of a period, not yet checked as dates. */
export interface PeriodParts {
  readonly start: string
  readonly end: string
  /** 0-based offsets of the halves within the value, for diagnostics. */
  readonly startOffset: number
  readonly endOffset: number
}

/**
 * Splits a period such as `2014-04-01 till 2014-10-31`, `2015-09-01-2018-08-31` or
 * `2019-01-15 - 2021-11-30` into its two printed dates.
 *
 * @example
 * splitPeriod('2015-09-01-2018-08-31') // { start: '2015-09-01', end: '2018-08-31', startOffset: 0, endOffset: 11 }
 */
export function splitPeriod(value: string): ValueResult<PeriodParts> {
  const match = PERIOD.exec(value)
  const start = match?.[1]
  const end = match?.[2]
  if (start === undefined || end === undefined) return fail('YYYY-MM-DD till YYYY-MM-DD')
  return ok({ start, end, startOffset: 0, endOffset: value.length - end.length })
}
