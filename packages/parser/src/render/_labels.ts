export { LIST_HEADINGS, SECTION_HEADINGS } from '@projektbank/model'

/** The one secondary theme the ESF+ pages print as a Ja/Nej field of its own. */
export const CHILD_POVERTY_THEME = 'Motverka barnfattigdom'

/** What the site prints instead of a value it does not have (layout A). */
export const PLACEHOLDER = 'saknas'
