import type { SectionName } from '@projektbank/model'

/** Headings of the narrative sections, in the order the sheets print them. */
export const SECTION_HEADINGS: Readonly<Record<SectionName, string>> = {
  summary: 'Sammanfattning',
  background: 'Bakgrund',
  purpose: 'Syfte',
  goals: 'Målsättning',
  accessibility: 'Tillgänglighet för personer med funktionsnedsättning',
  genderEquality: 'Jämställdhetsintegrering',
  transnational: 'Transnationellt samarbete',
}

/** Headings of the bulleted lists, in sheet order (Kommun is always last). */
export const LIST_HEADINGS = {
  partners: 'Samarbetspartners',
  actors: 'Deltagande aktörer',
  municipalities: 'Kommun',
} as const

/** The one secondary theme the ESF+ pages print as a Ja/Nej field of its own. */
export const CHILD_POVERTY_THEME = 'Motverka barnfattigdom'

/** What the site prints instead of a value it does not have (layout A). */
export const PLACEHOLDER = 'saknas'
