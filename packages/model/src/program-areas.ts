import programAreaData from '../data/program-areas.json'
import type { ProgrammePeriod } from './layout.js'
import { normaliseName } from './normalise-name.js'

/**
 * A programme area of one ESF programme period. Names are only filled in where the
 * programme documents give them; ESF+ areas are known by letter.
 *
 * @example
 * const a: ProgramAreaInfo = { period: '2007–2013', code: '2', name: 'Ökat arbetskraftsutbud' }
 */
export interface ProgramAreaInfo {
  readonly period: ProgrammePeriod
  readonly code: string
  readonly name: string | null
}

/**
 * Programme areas of the three programme periods.
 *
 * @example
 * PROGRAM_AREAS.filter((a) => a.period === '2014–2020').length // 5
 */
export const PROGRAM_AREAS = programAreaData as readonly ProgramAreaInfo[]

/**
 * Finds a programme area by period and code.
 *
 * @example
 * findProgramArea('2014–2020', '3.1')?.name // 'Sysselsättningsinitiativet för unga'
 */
export function findProgramArea(
  period: ProgrammePeriod,
  code: string,
): ProgramAreaInfo | undefined {
  return PROGRAM_AREAS.find((area) => area.period === period && area.code === code)
}

/**
 * Finds a programme area of a period by any spelling of its name, through
 * {@link normaliseName} (case, spacing, `&` for `och`).
 *
 * @example
 * findProgramAreaByName('2007–2013', 'ökat  arbetskraftsutbud')?.code // '2'
 */
export function findProgramAreaByName(
  period: ProgrammePeriod,
  name: string,
): ProgramAreaInfo | undefined {
  const key = normaliseName(name)
  return PROGRAM_AREAS.find(
    (area) => area.period === period && area.name !== null && normaliseName(area.name) === key,
  )
}

/**
 * The facet label of a programme area: period, code and (when known) name, so that area 2 of
 * 2007–2013 and area 2 of 2014–2020 never merge into one facet value.
 *
 * @example
 * programAreaLabel('2007–2013', '2', 'Ökat arbetskraftsutbud') // '2007–2013: 2 Ökat arbetskraftsutbud'
 */
export function programAreaLabel(
  period: ProgrammePeriod,
  code: string,
  name: string | null,
): string {
  const known = name ?? findProgramArea(period, code)?.name ?? null
  return known ? `${period}: ${code} ${known}` : `${period}: ${code}`
}
