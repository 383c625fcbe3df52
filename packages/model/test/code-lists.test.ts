import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

interface County {
  code: string
  name: string
  shortName: string
}

interface Municipality {
  code: string
  name: string
  countyCode: string
  aliases?: string[]
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8')) as T
}

const counties = readJson<County[]>('counties.json')
const municipalities = readJson<Municipality[]>('municipalities.json')

describe('county code list', () => {
  it('has exactly 21 counties', () => {
    expect(counties).toHaveLength(21)
  })

  it('has unique two-digit codes and unique names', () => {
    for (const c of counties) {
      expect(c.code).toMatch(/^\d{2}$/)
      expect(c.name).toMatch(/ län$/)
      expect(c.shortName.length).toBeGreaterThan(0)
    }
    expect(new Set(counties.map((c) => c.code)).size).toBe(counties.length)
    expect(new Set(counties.map((c) => c.name)).size).toBe(counties.length)
  })
})

describe('municipality code list', () => {
  const countyCodes = new Set(counties.map((c) => c.code))

  it('has exactly 290 municipalities', () => {
    expect(municipalities).toHaveLength(290)
  })

  it('has unique four-digit codes, sorted', () => {
    for (const m of municipalities) {
      expect(m.code).toMatch(/^\d{4}$/)
    }
    const codes = municipalities.map((m) => m.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes).toEqual([...codes].sort())
  })

  it('has unique names', () => {
    const names = municipalities.map((m) => m.name)
    expect(new Set(names).size).toBe(names.length)
  })

  it('links every municipality to an existing county via its code prefix', () => {
    for (const m of municipalities) {
      expect(m.code.startsWith(m.countyCode), m.code).toBe(true)
      expect(countyCodes.has(m.countyCode), m.code).toBe(true)
    }
  })

  it('has the expected number of municipalities per county', () => {
    const counts: Record<string, number> = {}
    for (const m of municipalities) {
      counts[m.countyCode] = (counts[m.countyCode] ?? 0) + 1
    }
    expect(counts).toEqual({
      '01': 26,
      '03': 8,
      '04': 9,
      '05': 13,
      '06': 13,
      '07': 8,
      '08': 12,
      '09': 1,
      '10': 5,
      '12': 33,
      '13': 6,
      '14': 49,
      '17': 16,
      '18': 12,
      '19': 10,
      '20': 15,
      '21': 10,
      '22': 7,
      '23': 8,
      '24': 15,
      '25': 14,
    })
  })

  it.each([
    ['0180', 'Stockholm'],
    ['1480', 'Göteborg'],
    ['1280', 'Malmö'],
    ['0380', 'Uppsala'],
    ['2480', 'Umeå'],
    ['2580', 'Luleå'],
    ['0980', 'Gotland'],
    ['2084', 'Avesta'],
    ['1780', 'Karlstad'],
    ['0765', 'Älmhult'],
    ['2582', 'Boden'],
    ['2260', 'Ånge'],
    ['1256', 'Östra Göinge'],
    ['0127', 'Botkyrka'],
  ])('%s is %s', (code, name) => {
    expect(municipalities.find((m) => m.code === code)?.name).toBe(name)
  })

  it('has well-formed aliases where present', () => {
    const names = new Set(municipalities.map((m) => m.name))
    for (const m of municipalities) {
      if (m.aliases === undefined) continue
      expect(m.aliases.length).toBeGreaterThan(0)
      for (const a of m.aliases) {
        expect(names.has(a), a).toBe(false)
      }
    }
  })
})
