import { describe, expect, test } from 'vitest'
import {
  COUNTIES,
  findCounty,
  findProgramAreaByName,
  findRegion,
  normaliseName,
  PROGRAM_AREAS,
  REGIONS,
} from '../src/index.js'

/** Ways real pages and people spell a name: case, spacing, `&` for `och`, no-break spaces. */
function spellings(name: string): string[] {
  return [
    name,
    name.toLowerCase(),
    name.toUpperCase(),
    `  ${name.replace(/ /g, '   ')} `,
    name.replace(/ /g, '\u00a0'),
    name.replace(/ och /g, ' & '),
    name.replace(/ och /g, '&'),
  ]
}

describe('normaliseName', () => {
  test('reads & as och and ignores case and spacing', () => {
    expect(normaliseName('Småland & Öarna')).toEqual('småland och öarna')
    expect(normaliseName('SMÅLAND&ÖARNA')).toEqual('småland och öarna')
    expect(normaliseName('\tVästra\u00a0 Götalands län ')).toEqual('västra götalands län')
  })

  test('composes decomposed å, ä and ö', () => {
    expect(normaliseName('O\u0308vre Norrland')).toEqual('övre norrland')
  })
})

describe('findRegion', () => {
  test.each(REGIONS.map((r) => [r.name]))('every spelling of %s', (name) => {
    for (const spelling of spellings(name))
      expect(findRegion(spelling)?.name, spelling).toEqual(name)
  })

  test.each(['ESF Nationellt', 'ESF nationellt', 'esf-nationellt', 'Nationellt', ' NATIONELLT '])(
    '%s is ESF Nationellt',
    (spelling) => {
      expect(findRegion(spelling)?.name).toEqual('ESF Nationellt')
    },
  )

  test('a region of one county is found by the county name, with or without län', () => {
    expect(findRegion('Stockholms län')?.name).toEqual('Stockholm')
    expect(findRegion('Stockholm län')?.name).toEqual('Stockholm')
  })

  test.each(['Lappland', 'Småland', 'Norrland', 'Skåne län', 'Övre', ''])(
    '%s is no region',
    (name) => {
      expect(findRegion(name)).toBeUndefined()
    },
  )
})

describe('findCounty', () => {
  test.each(COUNTIES.map((c) => [c.name, c.code]))('every spelling of %s', (name, code) => {
    const county = COUNTIES.find((c) => c.code === code)
    const short = county?.shortName ?? ''
    const variants = [
      ...spellings(name),
      ...spellings(short),
      `${short} län`,
      name.replace(/ län$/, ''),
      name.toLowerCase().replace(/ län$/, '  LÄN'),
    ]
    for (const spelling of variants) expect(findCounty(spelling)?.code, spelling).toEqual(code)
  })

  test.each(['Lappland', 'Norrland', 'Sverige', 'län', 'Stockholmsområdet'])(
    '%s is no county',
    (name) => {
      expect(findCounty(name)).toBeUndefined()
    },
  )
})

describe('findProgramAreaByName', () => {
  const named = PROGRAM_AREAS.filter((a) => a.name !== null)

  test('there are named areas in the two older periods', () => {
    expect(new Set(named.map((a) => a.period))).toEqual(new Set(['2007–2013', '2014–2020']))
  })

  test.each(named.map((a) => [a.period, a.code, a.name ?? '']))(
    '%s %s: every spelling of %s',
    (period, code, name) => {
      for (const spelling of spellings(name)) {
        const found = findProgramAreaByName(period, spelling)
        expect(found?.name, spelling).toEqual(name)
        // 3 and 3.1 of 2014–2020 share a name: the first is found, always of the same period.
        expect(found?.period).toEqual(period)
        if (code !== '3.1') expect(found?.code).toEqual(code)
      }
    },
  )

  test('an area of another period or another name is not found', () => {
    expect(findProgramAreaByName('2007–2013', 'Ökade övergångar till arbete')).toBeUndefined()
    expect(findProgramAreaByName('2014–2020', 'Okänt område')).toBeUndefined()
  })
})
