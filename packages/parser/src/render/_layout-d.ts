import type { Project } from '@projektbank/model'
import { oneLine, proseBodyBlocks } from './_body.js'
import { formatRate } from './_format.js'
import { CHILD_POVERTY_THEME } from './_labels.js'
import { printedRegion } from './_printed.js'

function yesNo(value: boolean | null): string | null {
  return value === null ? null : value ? 'Ja' : 'Nej'
}

/**
 * Layout D (ESF+ 2021–2027): `YY-NNN-SNN - Name` title, then the twenty `Label:` fields in the
 * order of seven of the eight real pages, start and end as separate ISO dates, Ja/Nej flags, and
 * the summary as unheaded prose. A null value prints as an empty value. `Projektnummer:` is added
 * last (as on page 057) only when it differs from the Diarienummer. Secondary themes other than
 * `Motverka barnfattigdom` get a `Sekundärtema - <theme>:` field of their own.
 */
export function renderLayoutD(project: Project): string {
  const caseNumber = project.caseNumber ?? project.projectNumber
  const title = oneLine(project.title ?? '')
  const themes = project.secondaryThemes
  const otherThemes = themes.filter((theme) => theme !== CHILD_POVERTY_THEME)
  const fields: [string, string | null][] = [
    ['Diarienummer', caseNumber],
    ['Namn', project.title],
    ['Startdatum', project.period?.start ?? null],
    ['Slutdatum', project.period?.end ?? null],
    ['Land som berörs', project.country],
    ['Berörd fond', project.fund],
    ['Program CCI', project.programmeCci],
    ['Projektägare organisationsnummer', project.ownerOrgNumber],
    ['Projektägare', project.owner],
    [
      'Unionens medfinansieringsgrad',
      project.cofinancingRate === null ? null : formatRate(project.cofinancingRate),
    ],
    ['Programområde', project.programArea?.code ?? null],
    ['Specifikt mål', project.specificObjective],
    [`Sekundärtema - ${CHILD_POVERTY_THEME}`, yesNo(themes.includes(CHILD_POVERTY_THEME))],
    ...otherThemes.map((theme): [string, string] => [`Sekundärtema - ${oneLine(theme)}`, 'Ja']),
    ['Region', printedRegion(project)],
    ['NUTS-2 kod', project.nuts2],
    ['Stödmottagare postnr', project.recipientPostalCode],
    ['Stödmottagare ort', project.recipientCity],
    ['Interventionstyp', project.interventionType],
    ['Antal deltagare', project.plannedParticipants?.toString() ?? null],
    ['Insats av strategisk betydelse', yesNo(project.strategicImportance)],
  ]
  if (project.projectNumber !== null && project.projectNumber !== caseNumber) {
    fields.push(['Projektnummer', project.projectNumber])
  }
  const lines = fields.flatMap(([label, value]) =>
    value === null || value === '' ? [`${label}:`] : [`${label}:`, oneLine(value)],
  )
  return [
    caseNumber === null ? title : `${oneLine(caseNumber)} - ${title}`,
    lines.join('\n'),
    ...proseBodyBlocks(project),
  ].join('\n\n')
}
