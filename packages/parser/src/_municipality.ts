import {
  countyOf,
  findMunicipality,
  MUNICIPALITIES,
  type MunicipalityRef,
} from '@projektbank/model'

/**
 * Resolves a `Kommun` list item against the official list: the name stays as printed, the
 * code and county are filled in when the municipality is known.
 *
 * @example
 * resolveMunicipality('Umeå') // { name: 'Umeå', code: '2480', county: 'Västerbottens län' }
 * resolveMunicipality('Atlantis') // { name: 'Atlantis', code: null, county: null }
 */
export function resolveMunicipality(name: string): MunicipalityRef {
  const municipality = findMunicipality(name)
  if (municipality === undefined) return { name, code: null, county: null }
  return { name, code: municipality.code, county: countyOf(municipality)?.name ?? null }
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
