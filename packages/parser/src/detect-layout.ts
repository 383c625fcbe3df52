import type { Layout } from '@projektbank/model'
import { findLabel } from './_labels.js'
import { splitLines } from './_lines.js'
import { findTitleOnly, startsWithTitleAndProse } from './_title-only.js'
import { isBareLabel } from './layouts/_bare.js'
import { colonLabel } from './layouts/_colon.js'

/** The field block is always near the top; banners and title take a dozen lines at most. */
const LINES_TO_SCAN = 120

/** How many label lines it takes to believe a layout. */
const MIN_LABELS = 2

/** Layout A glues the value to the label; `Projektägare är …` (with a space) is prose. */
const GLUED =
  /^(?:ProgramområdeProgramområde|Projektfas[^\s:]|Projektägare[^\s:]|Kontaktperson[^\s:]|E-post[^\s:]|Telefonnummer[^\s:]|Beviljat ESF-stöd[^\s:]|Total projektbudget[^\s:]|Projektperiod[^\s:])/

/** Labels only ESF+ pages print. */
const D_ONLY = new Set([
  'fund',
  'programmeCci',
  'country',
  'ownerOrgNumber',
  'nuts2',
  'strategicImportance',
  'secondaryThemes',
])

/** `22-017-S04 - …`: the ESF+ case number in the title. */
const D_TITLE = /^\d{2}-\d{3}-S\d{2} - /

/**
 * Tells which layout a sheet uses, from the first lines: glued labels (A), `Label:` lines with
 * ESF+ fields or an ESF+ case number (D), other `Label:` lines (C), labels alone on their lines
 * (B), or no field block at all under a title line that has a case number or stands under
 * site banners (E, the current site's page). Null when none fits.
 *
 * @example
 * detectLayout('Titel\n\nProjektfasGenomförande\nProjektägareKommunen') // 'A'
 * detectLayout('25-023-S02 - Unga till jobb\nProjektet hjälper unga.') // 'E'
 * detectLayout('Hej!') // null
 */
export function detectLayout(text: string): Layout | null {
  // Only the head is needed; splitting a 20 MB input would be wasted work.
  return detectLayoutInLines(splitLines(text.slice(0, 64 * 1024)))
}

/**
 * {@link detectLayout} for text already split into lines.
 *
 * @example
 * detectLayoutInLines(['Namn:', 'Hela vägen', 'Region:', 'Sydsverige']) // 'C'
 */
export function detectLayoutInLines(lines: readonly string[]): Layout | null {
  if (startsWithTitleAndProse(lines, isLabelLine)) return 'E'
  let glued = 0
  let bare = 0
  let colon = 0
  let esfPlus = false
  const end = Math.min(lines.length, LINES_TO_SCAN)
  for (let index = 0; index < end; index += 1) {
    const line = lines[index] ?? ''
    // The field block ends at the first blank line; the prose after it cannot change the verdict.
    if (glued + bare + colon >= MIN_LABELS && line.trim() === '') break
    if (GLUED.test(line)) glued += 1
    else if (isBareLabel(line)) bare += 1
    else if (D_TITLE.test(line)) esfPlus = true
    else {
      const label = colonLabel(line)
      const match = label === null ? null : findLabel(label)
      if (match !== null) {
        colon += 1
        if (D_ONLY.has(match.key)) esfPlus = true
      }
    }
  }
  if (glued >= MIN_LABELS) return 'A'
  if (colon >= MIN_LABELS) return esfPlus ? 'D' : 'C'
  if (bare >= MIN_LABELS) return 'B'
  return findTitleOnly(lines) === null ? null : 'E'
}

/**
 * Whether a line is a known `Label:` line: a numbered title with one right under it is a C or
 * D page that lost its blank line. (Glued labels are not asked for: `Projektägaren …` is prose.)
 */
function isLabelLine(line: string): boolean {
  const label = colonLabel(line)
  return label !== null && findLabel(label) !== null
}
