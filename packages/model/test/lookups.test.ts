import { describe, expect, test } from 'vitest'
import {
  countyOf,
  findMunicipality,
  findRegion,
  programAreaLabel,
  REGIONS,
  TARGET_GROUPS,
} from '../src/index.js'

describe('findMunicipality', () => {
  test('ignores case, "kommun" and hyphen/space differences', () => {
    expect(findMunicipality('östra göinge kommun')?.code).toBe('1256')
    expect(findMunicipality('Upplands Bro')?.code).toBe('0139')
    expect(findMunicipality(' Umeå ')?.code).toBe('2480')
  })

  test('resolves genitive forms without clipping names that end in s', () => {
    expect(findMunicipality('Sandvikens stad')?.code).toBe('2181')
    expect(findMunicipality('Stockholms stad')?.code).toBe('0180')
    expect(findMunicipality('Kramfors')?.code).toBe('2282')
    expect(findMunicipality('Kramfors kommun')?.code).toBe('2282')
  })

  test('keeps å/ä/ö distinct: Habo is not Håbo', () => {
    expect(findMunicipality('Habo')?.code).toBe('0643')
    expect(findMunicipality('Håbo')?.code).toBe('0305')
  })

  test('returns undefined for names that are not municipalities', () => {
    expect(findMunicipality('Västerbotten')).toBeUndefined()
  })

  test('knows the county of a municipality', () => {
    const kiruna = findMunicipality('Kiruna')
    expect(kiruna && countyOf(kiruna)?.name).toBe('Norrbottens län')
  })
})

describe('regions', () => {
  test('every county belongs to exactly one ESF region', () => {
    const codes = REGIONS.flatMap((r) => r.countyCodes).sort()
    expect(codes).toHaveLength(21)
    expect(new Set(codes).size).toBe(21)
  })

  test('findRegion is case-insensitive and accepts "Nationellt"', () => {
    expect(findRegion('övre norrland')?.nuts2).toBe('SE33')
    expect(findRegion('Nationellt')?.name).toBe('ESF Nationellt')
    expect(findRegion('Lappland')).toBeUndefined()
  })
})

test('programme-area labels keep periods apart', () => {
  expect(programAreaLabel('2007–2013', '2', null)).toBe('2007–2013: 2 Ökat arbetskraftsutbud')
  expect(programAreaLabel('2014–2020', '2', null)).toBe('2014–2020: 2 Ökade övergångar till arbete')
  expect(programAreaLabel('2021–2027', 'A', null)).toBe('2021–2027: A')
})

test('target-group values are unique', () => {
  const values = TARGET_GROUPS.map((g) => g.value)
  expect(new Set(values).size).toBe(values.length)
})
