import regionData from '../data/regions.json'
import { withoutCountySuffix } from './_county-suffix.js'
import { normaliseName } from './normalise-name.js'

/**
 * An ESF region (the NUTS-2 areas the Swedish ESF Council worked in) or `ESF Nationellt`
 * for projects run nationally.
 *
 * @example
 * const r: Region = { name: 'Övre Norrland', nuts2: 'SE33', countyCodes: ['24', '25'] }
 */
export interface Region {
  /** Name as printed on sheets. */
  readonly name: string
  /** NUTS-2 code; null for national projects. */
  readonly nuts2: string | null
  /** Counties that make up the region. */
  readonly countyCodes: readonly string[]
}

/**
 * The eight ESF regions plus `ESF Nationellt`.
 *
 * @example
 * REGIONS.map((r) => r.name).includes('Sydsverige') // true
 */
export const REGIONS: readonly Region[] = regionData

const byName = new Map(REGIONS.map((region) => [normaliseName(region.name), region]))

/** What the national projects' region is also called: with and without `ESF`, with a hyphen. */
const NATIONAL = new Set(['nationellt', 'esf nationellt', 'esf-nationellt'])

/**
 * Finds a region by any spelling of its name, through {@link normaliseName}: case, extra
 * spaces, `&` for `och` (`Småland & Öarna`), and a county's name for a region of one county
 * (`Stockholms län`). `Nationellt`, `ESF nationellt` and `ESF-nationellt` are `ESF Nationellt`.
 *
 * @example
 * findRegion('övre norrland')?.nuts2 // 'SE33'
 * findRegion('Småland & Öarna')?.name // 'Småland och Öarna'
 */
export function findRegion(name: string): Region | undefined {
  const key = normaliseName(name)
  const region = byName.get(key)
  if (region !== undefined) return region
  if (NATIONAL.has(key)) return byName.get('esf nationellt')
  const withoutSuffix = withoutCountySuffix(key)
  if (withoutSuffix === null) return undefined
  return byName.get(withoutSuffix) ?? byName.get(withoutSuffix.replace(/s$/, ''))
}
