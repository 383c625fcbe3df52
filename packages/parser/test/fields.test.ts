import { describe, expect, test } from 'vitest'
import { parseAmount } from '../src/fields/_amount.js'
import { parseIsoDate, splitPeriod } from '../src/fields/_date.js'
import { parseCount, parseDigits, parsePercent, parseYesNo } from '../src/fields/_numbers.js'
import { parsePhone } from '../src/fields/_phone.js'
import { parseProgramArea } from '../src/fields/_program-area.js'

describe('parseAmount', () => {
  test.each([
    ['450 000 kr', 450000],
    ['3 806 584 kr', 3806584],
    ['36 691 291', 36691291],
    ['0', 0],
    ['1250000', 1250000],
    ['12 000 000 SEK', 12000000],
    ['75 000:-', 75000],
  ])('%j is %d kronor', (value, expected) => {
    expect(parseAmount(value)).toEqual({ ok: true, value: expected })
  })

  test.each(['cirka 5 mkr', '1 234,50 kr', '12 34 kr', ''])('%j is not an amount', (value) => {
    expect(parseAmount(value)).toEqual({ ok: false, expected: '1 234 567 kr' })
  })
})

describe('parsePhone', () => {
  test.each([
    ['08-50835768', '+46850835768'],
    ['0346-885418', '+46346885418'],
    ['070-629 37 30', '+46706293730'],
    ['08-530 627 64', '+46853062764'],
    ['0706434398', '+46706434398'],
    ['048588710', '+4648588710'],
    ['0920 - 26 66 00', '+46920266600'],
    ['072 - 732 63 15', '+46727326315'],
    ['010-486 10 00', '+46104861000'],
    ['+46 70 388 17 20', '+46703881720'],
    ['+46 (0)70-388 17 20', '+46703881720'],
    ['0046 8 123 456', '+468123456'],
  ])('%j is %s', (value, expected) => {
    expect(parsePhone(value)).toEqual({ ok: true, value: expected })
  })

  test.each(['ring växeln', '12345', '00 45 12 34 56', '0-1'])(
    '%j is not a phone number',
    (value) => {
      expect(parsePhone(value).ok).toEqual(false)
    },
  )
})

describe('dates and periods', () => {
  test('a real date is kept, an impossible one is not', () => {
    expect(parseIsoDate('2012-02-29')).toEqual({ ok: true, value: '2012-02-29' })
    expect(parseIsoDate('2013-02-29')).toEqual({
      ok: false,
      expected: 'a real calendar date, YYYY-MM-DD',
    })
    expect(parseIsoDate('2014-13-01').ok).toEqual(false)
    expect(parseIsoDate('14-01-01')).toEqual({ ok: false, expected: 'YYYY-MM-DD' })
    expect(parseIsoDate('1066-10-14')).toEqual({ ok: false, expected: 'a year from 1900 to 2199' })
  })

  test.each([
    ['2014-04-01 till 2014-10-31', '2014-04-01', '2014-10-31', 16],
    ['2015-09-01-2018-08-31', '2015-09-01', '2018-08-31', 11],
    ['2019-01-15 - 2021-11-30', '2019-01-15', '2021-11-30', 13],
  ])('%j splits into its two dates', (value, start, end, endOffset) => {
    expect(splitPeriod(value)).toEqual({
      ok: true,
      value: { start, end, startOffset: 0, endOffset },
    })
  })

  test('a single date is not a period', () => {
    expect(splitPeriod('2014-04-01 till')).toEqual({
      ok: false,
      expected: 'YYYY-MM-DD till YYYY-MM-DD',
    })
  })
})

describe('numbers and codes', () => {
  test('percentages become fractions', () => {
    expect(parsePercent('50%')).toEqual({ ok: true, value: 0.5 })
    expect(parsePercent('67%')).toEqual({ ok: true, value: 0.67 })
    expect(parsePercent('12,5 %')).toEqual({ ok: true, value: 0.125 })
    expect(parsePercent('150%').ok).toEqual(false)
    expect(parsePercent('hälften').ok).toEqual(false)
  })

  test('counts, yes/no and digit codes', () => {
    expect(parseCount('1 250')).toEqual({ ok: true, value: 1250 })
    expect(parseCount('ca 60').ok).toEqual(false)
    expect(parseYesNo('Ja')).toEqual({ ok: true, value: true })
    expect(parseYesNo('NEJ')).toEqual({ ok: true, value: false })
    expect(parseYesNo('kanske')).toEqual({ ok: false, expected: 'Ja or Nej' })
    expect(parseDigits('212000-1850', 10)).toEqual({ ok: true, value: '2120001850' })
    expect(parseDigits('702 26', 5)).toEqual({ ok: true, value: '70226' })
    expect(parseDigits('7022', 5)).toEqual({ ok: false, expected: '5 digits' })
  })

  test.each([
    ['Programområde 2 Ökat arbetskraftsutbud', { code: '2', name: 'Ökat arbetskraftsutbud' }],
    [
      '3.1 Sysselsättningsinitiativet för unga',
      { code: '3.1', name: 'Sysselsättningsinitiativet för unga' },
    ],
    ['2', { code: '2', name: null }],
    ['A', { code: 'A', name: null }],
  ])('programme area %j', (value, expected) => {
    expect(parseProgramArea(value)).toEqual({ ok: true, value: expected })
  })
})
