import countiesData from '../data/counties.json'
import { withoutCountySuffix } from './_county-suffix.js'
import { normaliseName } from './normalise-name.js'

/**
 * A Swedish county (län) with its official two-digit code.
 *
 * @example
 * const c: County = { code: '24', name: 'Västerbottens län', shortName: 'Västerbotten' }
 */
export interface County {
  /** Official two-digit county code (SCB). */
  readonly code: string
  /** Official name, e.g. "Västerbottens län". */
  readonly name: string
  /** Name without "län", e.g. "Västerbotten". */
  readonly shortName: string
}

/**
 * All 21 Swedish counties, ordered by code. Checked-in data, see `data/README.md`.
 *
 * @example
 * COUNTIES.length // 21
 */
export const COUNTIES: readonly County[] = countiesData

const byCode = new Map(COUNTIES.map((county) => [county.code, county]))

/**
 * Looks up a county by its two-digit code.
 *
 * @example
 * findCountyByCode('25')?.name // 'Norrbottens län'
 */
export function findCountyByCode(code: string): County | undefined {
  return byCode.get(code)
}

/** Every county under its name, its name without `län`, and its short name, normalised. */
const byName = new Map<string, County>()
for (const county of COUNTIES) {
  const key = normaliseName(county.name)
  byName.set(key, county)
  byName.set(withoutCountySuffix(key) ?? key, county)
  byName.set(normaliseName(county.shortName), county)
}

/**
 * Finds a county by any spelling of its name, through {@link normaliseName}: `Västerbottens
 * län`, `Västerbotten`, `västerbottens`, `Västerbotten län`, with any case and spacing.
 *
 * @example
 * findCounty('Västra  Götaland')?.code // '14'
 * findCounty('stockholm län')?.name // 'Stockholms län'
 */
export function findCounty(name: string): County | undefined {
  const key = normaliseName(name)
  return byName.get(key) ?? byName.get(withoutCountySuffix(key) ?? key)
}
