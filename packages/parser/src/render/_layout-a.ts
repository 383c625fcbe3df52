import type { Project } from '@projektbank/model'
import { BANNER_LINES } from './_banners.js'
import { headedBodyBlocks, oneLine } from './_body.js'
import { formatAmount, formatNationalPhone, formatPeriod } from './_format.js'
import { PLACEHOLDER } from './_labels.js'
import { printedAreaName, printedRegion } from './_printed.js'
import type { RenderOptions } from './render-options.js'

function orPlaceholder(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? PLACEHOLDER : oneLine(value)
}

function amount(value: number | null): string {
  return value === null ? PLACEHOLDER : `${formatAmount(value, '\u00a0')} kr`
}

/**
 * Layout A (2007–2013): print logo line, banners, title, ten glued label lines in fixed order,
 * `In English`, then headed sections and bulleted lists. Missing values print as `saknas`,
 * as on the real pages, because every A page has all ten lines.
 */
export function renderLayoutA(project: Project, options: RenderOptions): string {
  const area = project.programArea
  const areaName = printedAreaName(project)
  const areaText =
    area === null
      ? PLACEHOLDER
      : oneLine(`Programområde ${area.code}${areaName ? ` ${areaName}` : ''}`)
  const phone = project.contact?.phone
  const fields = [
    `Programområde${areaText}`,
    `Projektfas${orPlaceholder(project.phase)}`,
    `Projektägare${orPlaceholder(project.owner)}`,
    `Kontaktperson${orPlaceholder(project.contact?.name)}`,
    `E-post${orPlaceholder(project.contact?.email)}`,
    `Telefonnummer${phone ? formatNationalPhone(phone, options.phoneStyle) : PLACEHOLDER}`,
    `Beviljat ESF-stöd${amount(project.esfGrant)}`,
    `Total projektbudget${amount(project.totalBudget)}`,
    `Projektperiod${project.period === null ? PLACEHOLDER : formatPeriod(project.period, ' till ')}`,
    `Region${orPlaceholder(printedRegion(project))}`,
    'In English',
  ]
  return [
    'Logotyp på utskrifter',
    ...BANNER_LINES[options.banner ?? 'none'],
    oneLine(project.title ?? ''),
    fields.join('\n'),
    ...headedBodyBlocks(project),
  ].join('\n\n')
}
