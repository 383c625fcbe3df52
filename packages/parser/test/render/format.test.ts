import { describe, expect, test } from 'vitest'
import { formatAmount, formatNationalPhone, formatRate } from '../../src/render/_format.js'

describe('formatNationalPhone', () => {
  // Every national shape below is printed on a real layout A page.
  test.each([
    ['+46703881720', 'grouped', '070-388 17 20'],
    ['+46196026375', 'grouped', '019-602 63 75'],
    ['+46854081398', 'grouped', '08-540 813 98'],
    ['+4695016623', 'grouped', '0950-166 23'],
    ['+46850835768', 'compact', '08-50835768'],
    ['+4648547014', 'compact', '0485-47014'],
    ['+4631605090', 'compact', '031-605090'],
    ['+46706434398', 'digits', '0706434398'],
    ['+46920266600', 'spaced', '0920 - 26 66 00'],
    ['+46107326315', 'grouped', '010-732 63 15'],
  ] as const)('%s as %s is %s', (e164, style, national) => {
    expect(formatNationalPhone(e164, style)).toBe(national)
  })

  test('leaves anything that is not +46 and digits alone', () => {
    expect(formatNationalPhone('+4520123456')).toBe('+4520123456')
  })
})

describe('formatAmount', () => {
  test.each([
    [0, ' ', '0'],
    [999, ' ', '999'],
    [450000, '\u00a0', '450\u00a0000'],
    [71402008, ' ', '71 402 008'],
    [1000000000, ' ', '1 000 000 000'],
  ])('%d with %j is %j', (amount, separator, printed) => {
    expect(formatAmount(amount, separator)).toBe(printed)
  })
})

test('formatRate prints whole percentages without a space', () => {
  expect([0.5, 0.67, 0.9, 0.4, 1, 0].map(formatRate)).toEqual([
    '50%',
    '67%',
    '90%',
    '40%',
    '100%',
    '0%',
  ])
})
