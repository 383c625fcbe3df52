import { ProjectSchema } from '@projektbank/model'
import { readBody } from '../_body.js'
import { type ParseContext, report } from '../_context.js'
import { readPreamble } from '../_preamble.js'
import { findTitleOnly } from '../_title-only.js'

/**
 * What a layout E page keeps (number, title, prose), what the parser derives, and `asPrinted`,
 * which only records spellings of printed fields.
 */
const CARRIED = new Set([
  'asPrinted',
  'id',
  'title',
  'layout',
  'projectNumber',
  'sections',
  'targetGroups',
  'years',
  'esfShare',
  'source',
])

/**
 * The `Project` fields a layout E page leaves empty, named as in diagnostics' `field`.
 *
 * @example
 * FIELDS_NOT_PRINTED.includes('owner') // true
 */
export const FIELDS_NOT_PRINTED: readonly string[] = Object.keys(ProjectSchema.shape).filter(
  (key) => !CARRIED.has(key),
)

/**
 * Reads a page without a field block (layout E): banners and the title line, then every other
 * line as the narrative, where a line that is exactly a known section heading starts that
 * section (the current site prints no blank lines around headings, or anywhere). The current
 * site's page gets a `fields-not-printed` info; any other page with a title but no field
 * block a `missing-field-block` warning. Returns the title's index.
 *
 * @example
 * readTitleOnlyPage(ctx) // 0, with ctx.draft.titleNumber '25-023-S02'
 */
export function readTitleOnlyPage(ctx: ParseContext): number {
  const found = findTitleOnly(ctx.lines)
  const titleIndex = found?.titleIndex ?? 0
  readPreamble(ctx, titleIndex + 1, { numberedTitle: true })
  const at = { line: titleIndex + 1, column: 1 }
  if (found?.currentSite === true) {
    report(ctx, 'fields-not-printed', {
      ...at,
      message: `The current site's project page (layout E) prints only the number, the title and the prose; these fields stay empty: ${FIELDS_NOT_PRINTED.join(', ')}`,
    })
  } else {
    report(ctx, 'missing-field-block', {
      ...at,
      message:
        'The page has a title line but no field block after it; the title, the number and all remaining text are kept (layout E), and every other field stays empty',
      expected: 'a field block: "Label:" lines, glued labels or labels alone on their lines',
    })
  }
  readBody(ctx, titleIndex + 1, { otherHeadings: false, headingsStandAlone: false, lists: false })
  return titleIndex
}
