import { type Project, SECTION_NAMES } from '@projektbank/model'
import { LIST_HEADINGS, SECTION_HEADINGS } from './_labels.js'

/** A value that must stay on one line: line breaks would change the sheet's structure. */
export function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}

/** Section text as printed: trimmed, CRLF folded to LF, paragraphs kept. */
function prose(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim()
}

/**
 * The headed body of layouts A and B as blocks to be joined by a blank line: each section is
 * its heading then its text, each list its heading then ` • item` lines. Known sections come
 * in sheet order, then the extra sections, then Samarbetspartners, Deltagande aktörer, Kommun.
 */
export function headedBodyBlocks(project: Project): string[] {
  const blocks: string[] = []
  for (const name of SECTION_NAMES) {
    const text = project.sections[name]
    if (text !== null) blocks.push(SECTION_HEADINGS[name], prose(text))
  }
  for (const section of project.otherSections) {
    blocks.push(oneLine(section.heading), prose(section.text))
  }
  const lists: [string, readonly string[]][] = [
    [LIST_HEADINGS.partners, project.partners],
    [LIST_HEADINGS.actors, project.actors],
    [LIST_HEADINGS.municipalities, project.municipalities.map((m) => m.name)],
  ]
  for (const [heading, items] of lists) {
    if (items.length > 0) {
      blocks.push(heading, items.map((item) => ` \u2022 ${oneLine(item)}`).join('\n'))
    }
  }
  return blocks
}

/**
 * The unheaded prose of layouts C and D: the summary, straight after the field block.
 * These layouts print no other sections or lists.
 */
export function proseBodyBlocks(project: Project): string[] {
  const summary = project.sections.summary
  return summary === null ? [] : [prose(summary)]
}
