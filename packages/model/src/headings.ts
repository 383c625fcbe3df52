import type { SectionName } from './project.js'

/**
 * The headings of the narrative sections exactly as the project bank prints them, in sheet
 * order. The parser reads sections by them, the renderer writes them, the search page shows them.
 *
 * @example
 * SECTION_HEADINGS.accessibility // 'Tillgänglighet för personer med funktionsnedsättning'
 */
export const SECTION_HEADINGS: Readonly<Record<SectionName, string>> = {
  summary: 'Sammanfattning',
  background: 'Bakgrund',
  purpose: 'Syfte',
  goals: 'Målsättning',
  accessibility: 'Tillgänglighet för personer med funktionsnedsättning',
  genderEquality: 'Jämställdhetsintegrering',
  transnational: 'Transnationellt samarbete',
}

/**
 * The headings of the bulleted lists (`partners`, `actors`, `municipalities`), in sheet order;
 * `Kommun` is always last.
 *
 * @example
 * LIST_HEADINGS.actors // 'Deltagande aktörer'
 */
export const LIST_HEADINGS = {
  partners: 'Samarbetspartners',
  actors: 'Deltagande aktörer',
  municipalities: 'Kommun',
} as const

/** A list a heading introduces, see {@link LIST_HEADINGS}. */
export type ListName = keyof typeof LIST_HEADINGS
