import { applyField } from '../_apply-field.js'
import { matchBanner } from '../_banners.js'
import { mark, type ParseContext, report } from '../_context.js'
import { quote } from '../_diagnostics.js'
import { EXPECTED_LABELS, findLabel } from '../_labels.js'
import { cleanValue, isBlank, valueColumn } from '../_lines.js'

/**
 * The ten labels of layout A, which glue the value straight on (`ProjektfasGenomförande`).
 * Only ever tried inside the header block, so prose such as `Region Gotland har…` is safe.
 * The labels are letters, spaces and hyphens, nothing a regex would read as syntax.
 */
const GLUED_LABEL = new RegExp(`^(${EXPECTED_LABELS.A.join('|')})(.*)$`)

/**
 * Index of the first glued label line (the start of layout A's field block), or -1.
 *
 * @example
 * findGluedHeader(['Logotyp på utskrifter', '', 'Titel', '', 'ProjektfasGenomförande']) // 4
 */
export function findGluedHeader(lines: readonly string[]): number {
  for (let index = 0; index < lines.length; index += 1) {
    const match = GLUED_LABEL.exec(lines[index] ?? '')
    // A glued value starts right after the label; `Projektägare är …` is prose.
    if (match !== null && /^\S/.test(match[2] ?? '') && !(match[2] ?? '').startsWith(':')) {
      return index
    }
  }
  return -1
}

/**
 * Reads layout A's field block from `start` up to the first blank line or `In English`, and
 * returns the index of the first line after it.
 *
 * @example
 * readGluedHeader(ctx, 4) // 15, with ctx.draft.phase === 'Genomförande' and so on
 */
export function readGluedHeader(ctx: ParseContext, start: number): number {
  let index = start
  for (; index < ctx.lines.length; index += 1) {
    const line = ctx.lines[index] ?? ''
    if (isBlank(line)) break
    const banner = matchBanner(line)
    if (banner?.kind === 'language' && !banner.fragment) {
      report(ctx, 'skipped-banner', {
        line: index + 1,
        column: 1,
        message: `Skipped the language link ${quote(cleanValue(line))} that ends the field block`,
        actual: cleanValue(line),
      })
      mark(ctx, index, 'diagnostic:skipped-banner')
      return index + 1
    }
    const match = GLUED_LABEL.exec(line)
    const label = match?.[1]
    const labelMatch = label === undefined ? null : findLabel(label)
    if (label === undefined || labelMatch === null) {
      report(ctx, 'unparsed-line', {
        line: index + 1,
        column: valueColumn(line),
        message: `Expected a label with its value glued on (such as "ProjektfasGenomförande"), found ${quote(cleanValue(line))}`,
        actual: cleanValue(line),
        expected: 'one of the ten layout A labels',
      })
      mark(ctx, index, 'diagnostic:unparsed-line')
      continue
    }
    const value = line.slice(label.length)
    const target = applyField(ctx, labelMatch, label, value, {
      index,
      column: valueColumn(line, label.length),
    })
    mark(ctx, index, target)
  }
  return index
}
