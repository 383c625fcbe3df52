import regionData from '../data/regions.json'

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

const byName = new Map(REGIONS.map((region) => [region.name.toLowerCase(), region]))

/**
 * Finds a region by name, ignoring case. `Nationellt` is accepted for `ESF Nationellt`.
 *
 * @example
 * findRegion('övre norrland')?.nuts2 // 'SE33'
 */
export function findRegion(name: string): Region | undefined {
  // Plain lower-casing: Swedish has no locale-specific case rules, and the locale-aware call is
  // slow enough to show in the parser's profile.
  const key = name.trim().toLowerCase()
  return byName.get(key) ?? (key === 'nationellt' ? byName.get('esf nationellt') : undefined)
}
