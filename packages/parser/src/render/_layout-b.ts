import type { Project } from '@projektbank/model'
import { BANNER_LINES } from './_banners.js'
import { headedBodyBlocks, oneLine } from './_body.js'
import { formatAmount, formatPeriod } from './_format.js'
import { printedAreaName, printedRegion } from './_printed.js'
import type { RenderOptions } from './render-options.js'

/**
 * Layout B (older 2014–2020 pages): print logo line, title, then bare labels (no colon) with the
 * value on the next line, period as `YYYY-MM-DD-YYYY-MM-DD`, amounts `71 402 008 kr` with ordinary
 * spaces. A label without a value is left out: a bare label followed by the next label would read
 * as a value. There is no phase, phone or `In English` line.
 */
export function renderLayoutB(project: Project, options: RenderOptions): string {
  const area = project.programArea
  const areaName = printedAreaName(project)
  const period = project.period
  const pairs: [string, string | null][] = [
    ['Programområde', area && `${area.code}${areaName ? ` ${areaName}` : ''}`],
    ['Region', printedRegion(project)],
    ['Utlysning', project.call],
    ['Projektägare', project.owner],
    ['Projektnummer', project.projectNumber],
    ['Planerat antal deltagare', project.plannedParticipants?.toString() ?? null],
    ['Projektperiod', period?.start && period.end ? formatPeriod(period, '-') : null],
    ['Total projektbudget', amount(project.totalBudget)],
    ['Beviljat ESF-stöd', amount(project.esfGrant)],
    ['Kontaktperson', project.contact?.name ?? null],
    ['E-post', project.contact?.email ?? null],
  ]
  const fields = pairs.flatMap(([label, value]) =>
    value === null || value === '' ? [] : [label, oneLine(value)],
  )
  return [
    'Logotyp på utskrifter',
    ...BANNER_LINES[options.banner ?? 'none'],
    oneLine(project.title ?? ''),
    fields.join('\n'),
    ...headedBodyBlocks(project),
  ].join('\n\n')
}

function amount(value: number | null): string | null {
  return value === null ? null : `${formatAmount(value, ' ')} kr`
}
