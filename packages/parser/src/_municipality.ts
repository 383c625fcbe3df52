import {
  countyOf,
  findCounty,
  findMunicipality,
  MUNICIPALITIES,
  type MunicipalityRef,
} from '@projektbank/model'

const MAX_CACHED = 4096
const cache = new Map<string, Pick<MunicipalityRef, 'code' | 'county'>>()

/**
 * Resolves a `Kommun` list item against the official list: the name stays as printed, the
 * code and county are filled in when the municipality is known, and the county alone when the
 * item names a county rather than a municipality.
 *
 * @example
 * resolveMunicipality('Umeå') // { name: 'Umeå', code: '2480', county: 'Västerbottens län' }
 * resolveMunicipality('Västerbottens län') // { name: 'Västerbottens län', code: null, county: 'Västerbottens län' }
 * resolveMunicipality('Atlantis') // { name: 'Atlantis', code: null, county: null }
 */
export function resolveMunicipality(name: string): MunicipalityRef {
  let known = cache.get(name)
  if (known === undefined) {
    const municipality = findMunicipality(name)
    // Some pages list a whole county among the municipalities; it still places the project.
    known =
      municipality === undefined
        ? { code: null, county: findCounty(name)?.name ?? null }
        : { code: municipality.code, county: countyOf(municipality)?.name ?? null }
    // The same few hundred names recur on every sheet; the locale-aware lookup is not cheap.
    if (cache.size >= MAX_CACHED) cache.clear()
    cache.set(name, known)
  }
  return { name, code: known.code, county: known.county }
}

/**
 * Whether an unknown name is the start of a real municipality's name, as when a sheet was cut
 * in the middle of its last list item (`Vinde` of `Vindeln`).
 *
 * @example
 * isCutMunicipalityName('Vinde') // true
 */
export function isCutMunicipalityName(name: string): boolean {
  const start = name.toLocaleLowerCase('sv')
  return MUNICIPALITIES.some((m) => m.name.toLocaleLowerCase('sv').startsWith(start))
}
