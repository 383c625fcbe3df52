import { z } from 'zod'

/**
 * The page layouts the project bank used over the years.
 * - `A`: 2007–2013 sheets, label and value glued together (`ProjektfasGenomförande`).
 * - `B`: older 2014–2020 pages, label on one line and value on the next, no colon.
 * - `C`: 2014–2020 `?dnr=` pages, `Label:` then the value on the next line.
 * - `D`: ESF+ 2021–2027 pages, `Label:` / value with fund, CCI and NUTS-2 fields.
 * - `E`: the current site's project page (`esf.se/projekt/<slug>`, 2025): a `YY-NNN-SNN - Name`
 *   title line and the prose, with no field block. Only number, title and narrative are
 *   printed. Any other page with a recognisable title line but no field block is read as `E`
 *   too (with a warning), so that its text is never lost.
 *
 * @example
 * LayoutSchema.parse('C') // 'C'
 */
export const LayoutSchema = z
  .enum(['A', 'B', 'C', 'D', 'E'])
  .describe('Page layout of the project bank')

/** One of the project-bank page layouts, see {@link LayoutSchema}. */
export type Layout = z.infer<typeof LayoutSchema>

/**
 * The programme period each layout belongs to; programme-area codes only mean something
 * together with their period (area `2` of 2007–2013 is not area `2` of 2014–2020).
 *
 * @example
 * PROGRAMME_PERIOD_BY_LAYOUT.D // '2021–2027'
 */
export const PROGRAMME_PERIOD_BY_LAYOUT = {
  A: '2007–2013',
  B: '2014–2020',
  C: '2014–2020',
  D: '2021–2027',
  // The current site's page carries ESF+ case numbers (`25-023-S02`).
  E: '2021–2027',
} as const satisfies Record<Layout, string>

/** A programme period of the Swedish ESF, e.g. `2014–2020`. */
export type ProgrammePeriod = (typeof PROGRAMME_PERIOD_BY_LAYOUT)[Layout]
