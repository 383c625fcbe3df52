import { describe, expect, test } from 'vitest'
import {
  formatted,
  hitCountText,
  integer,
  joined,
  kronor,
  parseKronor,
  percent,
  period,
  shortList,
} from '../../src/page/app/format.js'

// Swedish number formats group digits with a no-break space.
const nbsp = '\u00a0'

describe('page formats', () => {
  test('amounts, counts and shares are written the Swedish way', () => {
    expect(kronor.format(3806584)).toBe(`3${nbsp}806${nbsp}584${nbsp}kr`)
    expect(integer.format(10000)).toBe(`10${nbsp}000`)
    expect(percent.format(0.455)).toBe(`45,5${nbsp}%`)
    expect(formatted(450000, kronor)).toBe(`450${nbsp}000${nbsp}kr`)
    expect(formatted(null, kronor)).toBe(null)
  })

  test('joined leaves out missing parts and is null when none is left', () => {
    expect(joined(' ', '2', null, 'Ökat arbetskraftsutbud')).toBe('2 Ökat arbetskraftsutbud')
    expect(joined(', ', null, undefined, '')).toBe(null)
  })

  test('a period shows ? for an unknown end, and nothing when both are unknown', () => {
    expect(period('2014-04-01', '2014-10-31')).toBe('2014-04-01 – 2014-10-31')
    expect(period(null, '2014-10-31')).toBe('? – 2014-10-31')
    expect(period(null, null)).toBe(null)
  })

  test('a short list names the first items and counts the rest', () => {
    expect(shortList(['Umeå', 'Luleå'], 2)).toBe('Umeå, Luleå')
    expect(shortList(['Umeå', 'Luleå', 'Piteå', 'Kiruna'], 2)).toBe('Umeå, Luleå och 2 till')
  })

  test('typed amounts accept Swedish spacing and kr, and reject anything else', () => {
    expect(parseKronor('500 000')).toBe('500000')
    expect(parseKronor(`500${nbsp}000 kr`)).toBe('500000')
    expect(parseKronor('500\u202f000KR')).toBe('500000')
    expect(parseKronor('007')).toBe('7')
    expect(parseKronor('  ')).toBe('')
    expect(parseKronor('5,5')).toBe(null)
    expect(parseKronor('-100')).toBe(null)
    expect(parseKronor('1e6')).toBe(null)
    expect(parseKronor('1234567890123456')).toBe(null)
  })

  test('the hit count is singular for one and grouped for thousands', () => {
    expect(hitCountText(0)).toBe('Inga träffar')
    expect(hitCountText(1)).toBe('1 träff')
    expect(hitCountText(12000)).toBe(`12${nbsp}000 träffar`)
  })
})
