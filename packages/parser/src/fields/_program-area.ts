import type { ProgramArea } from '@projektbank/model'
import { fail, ok, type ValueResult } from './_result.js'

/** A code (`2`, `3.1`, `A`) optionally followed by the area's name. */
const PROGRAM_AREA = /^(\d+(?:\.\d+)*|[A-Z])(?:\s+(\S.*))?$/

/** Layout A repeats the label inside the value: `ProgramområdeProgramområde 2 …`. */
const REPEATED_LABEL = /^Programområde\s*/

/**
 * Reads a programme area: `Programområde 2 Ökat arbetskraftsutbud` (A, label repeated),
 * `3.1 Sysselsättningsinitiativet för unga` (B) or a bare `2` / `A` (C, D).
 *
 * @example
 * parseProgramArea('Programområde 2 Ökat arbetskraftsutbud') // { ok: true, value: { code: '2', name: 'Ökat arbetskraftsutbud' } }
 * parseProgramArea('A') // { ok: true, value: { code: 'A', name: null } }
 */
export function parseProgramArea(value: string): ValueResult<ProgramArea> {
  const match = PROGRAM_AREA.exec(value.replace(REPEATED_LABEL, ''))
  const code = match?.[1]
  if (code === undefined) return fail('a programme-area code such as 2, 3.1 or A')
  return ok({ code, name: match?.[2]?.trim() ?? null })
}
