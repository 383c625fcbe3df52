import { type Project, SECTION_NAMES } from '@projektbank/model'
import { BANNER_LINES } from './_banners.js'
import { oneLine } from './_body.js'
import { SECTION_HEADINGS } from './_labels.js'
import type { RenderOptions } from './render-options.js'

/** Section text as printed: trimmed, CRLF folded to LF, paragraphs kept. */
function prose(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim()
}

/**
 * Layout E (the current site's project page, 2025): the `YY-NNN-SNN - Name` title line, then
 * the prose on the very next line, with no field block and no blank line. The summary comes
 * first without a heading; the other known sections follow, each under its heading line.
 * Paragraph breaks inside a text are printed as they are. Only the number, title and sections
 * are printed; extra sections and lists have no place on this page.
 */
export function renderLayoutE(project: Project, options: RenderOptions): string {
  const number = project.projectNumber ?? project.caseNumber
  const title = oneLine(project.title ?? '')
  const lines = [number === null ? title : `${oneLine(number)} - ${title}`]
  for (const name of SECTION_NAMES) {
    const text = project.sections[name]
    if (text === null) continue
    if (name !== 'summary') lines.push(SECTION_HEADINGS[name])
    lines.push(prose(text))
  }
  return [...BANNER_LINES[options.banner ?? 'none'], lines.join('\n')].join('\n\n')
}
