import type { Project } from '@projektbank/model'
import { BANNER_LINES } from './_banners.js'
import { oneLine, proseBodyBlocks } from './_body.js'
import { formatAmount, formatPeriod, formatRate } from './_format.js'
import { printedRegion } from './_printed.js'
import type { RenderOptions } from './render-options.js'

/** A `Label:` field; `always` fields print an empty value when null, the others are left out. */
type Field = [label: string, value: string | null, always: boolean]

/**
 * Layout C (2014–2020 `?dnr=` pages): `YYYY/NNNNN - Name` title, then `Label:` lines with the
 * value on the next line, amounts without `kr`, period `YYYY-MM-DD - YYYY-MM-DD`, rate `50%`, then
 * the summary as unheaded prose. With a case number the page starts `Diarienummer:`, `Namn:` and
 * (empty) `Startdatum:`/`Slutdatum:` like page 008; otherwise it follows the common order of 007.
 */
export function renderLayoutC(project: Project, options: RenderOptions): string {
  const period = project.period
  const number = project.projectNumber ?? project.caseNumber
  const title = oneLine(project.title ?? '')
  const withCaseNumber = project.caseNumber !== null
  const head: Field[] = withCaseNumber
    ? [
        ['Diarienummer', project.caseNumber, true],
        ['Namn', project.title, true],
        ['Startdatum', null, true],
        ['Slutdatum', null, true],
        ['Projektnummer', project.projectNumber, true],
        ['Projektägare', project.owner, true],
      ]
    : [
        ['Projektnummer', project.projectNumber, true],
        ['Projektägare', project.owner, true],
        ['Namn', project.title, true],
      ]
  const fields: Field[] = [
    ...head,
    ['Region', printedRegion(project), true],
    ['Planerat antal deltagare', project.plannedParticipants?.toString() ?? null, true],
    ['Projektperiod', period && formatPeriod(period, ' - '), true],
    ['Total projektbudget', amount(project.totalBudget), true],
    ['Total Kostnader', amount(project.reportedCosts), false],
    ['Beviljat ESF-stöd', amount(project.esfGrant), true],
    ['Kontaktperson', project.contact?.name ?? null, true],
    ['E-post', project.contact?.email ?? null, true],
    ['Stödmottagare postnr', project.recipientPostalCode, false],
    ['Stödmottagarens address', project.recipientAddress, project.recipientPostalCode !== null],
    ['Programområde', project.programArea?.code ?? null, false],
    ['Specifikt mål', project.specificObjective, true],
    ['Unionens medfinansieringsgrad', rate(project.cofinancingRate), false],
    ['Interventionstyp', project.interventionType, false],
  ]
  const lines = fields.flatMap(([label, value, always]) => {
    if (value === null || value === '') return always ? [`${label}:`] : []
    return [`${label}:`, oneLine(value)]
  })
  return [
    ...BANNER_LINES[options.banner ?? 'none'],
    number === null ? title : `${oneLine(number)} - ${title}`,
    lines.join('\n'),
    ...proseBodyBlocks(project),
  ].join('\n\n')
}

function amount(value: number | null): string | null {
  return value === null ? null : formatAmount(value, ' ')
}

function rate(value: number | null): string | null {
  return value === null ? null : formatRate(value)
}
