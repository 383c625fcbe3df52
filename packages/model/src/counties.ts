import countiesData from '../data/counties.json'

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
