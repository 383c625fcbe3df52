import municipalityData from '../data/municipalities.json'
import { type County, findCountyByCode } from './counties.js'

/**
 * A Swedish municipality (kommun) with its official four-digit code and county.
 *
 * @example
 * const m: Municipality = { code: '2480', name: 'Umeå', countyCode: '24' }
 */
export interface Municipality {
  /** Official four-digit municipality code; its first two digits are the county code. */
  readonly code: string
  /** Short name as commonly written ("Malung-Sälen", "Göteborg"). */
  readonly name: string
  /** Two-digit code of the county the municipality lies in. */
  readonly countyCode: string
  /** Other spellings seen in the wild. */
  readonly aliases?: readonly string[]
}

/**
 * All 290 Swedish municipalities, ordered by code. Checked-in data, see `data/README.md`.
 *
 * @example
 * MUNICIPALITIES.length // 290
 */
export const MUNICIPALITIES: readonly Municipality[] = municipalityData

/**
 * Folds a municipality name for lookup: case, surrounding white space, hyphens vs spaces,
 * and a trailing " kommun"/" stad" do not matter; å/ä/ö do (Habo is not Håbo).
 */
function lookupKey(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0-]+/g, ' ')
    .trim()
    .replace(/ (kommun|stad|municipality)$/, '')
}

const byKey = new Map<string, Municipality>()
for (const municipality of MUNICIPALITIES) {
  byKey.set(lookupKey(municipality.name), municipality)
  for (const alias of municipality.aliases ?? []) byKey.set(lookupKey(alias), municipality)
}
const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]))

/**
 * Finds a municipality by name, ignoring case, hyphen/space differences and a trailing
 * "kommun" or "stad". Genitive forms ("Sandvikens kommun", "Stockholms stad") resolve too,
 * but only after the exact name failed, so that Kramfors or Vännäs are never clipped.
 *
 * @example
 * findMunicipality('Östra Göinge kommun')?.code // '1256'
 * findMunicipality('Sandvikens stad')?.code // '2181'
 */
export function findMunicipality(name: string): Municipality | undefined {
  const key = lookupKey(name)
  return byKey.get(key) ?? (key.endsWith('s') ? byKey.get(key.slice(0, -1)) : undefined)
}

/**
 * Finds a municipality by its four-digit code.
 *
 * @example
 * findMunicipalityByCode('0180')?.name // 'Stockholm'
 */
export function findMunicipalityByCode(code: string): Municipality | undefined {
  return byCode.get(code)
}

/**
 * The county a municipality belongs to.
 *
 * @example
 * countyOf(findMunicipality('Kiruna')!)?.name // 'Norrbottens län'
 */
export function countyOf(municipality: Municipality): County | undefined {
  return findCountyByCode(municipality.countyCode)
}
