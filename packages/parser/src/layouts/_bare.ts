import { applyField } from '../_apply-field.js'
import { mark, type ParseContext, report } from '../_context.js'
import { quote } from '../_diagnostics.js'
import { EXPECTED_LABELS, findLabel } from '../_labels.js'
import { cleanValue, isBlank, valueColumn } from '../_lines.js'

/**
 * The labels of layout B, each alone on its line without a colon: the eleven of every B page,
 * plus the two A labels (phase, phone) that the B page of the same era could carry.
 */
const BARE_LABELS = new Set([...EXPECTED_LABELS.B, 'Telefonnummer', 'Projektfas'])

/** Longer than any bare label with some space around it. */
const MAX_LABEL_LINE = 40

/**
 * Whether a line is a layout B label (the whole line, no colon).
 *
 * @example
 * isBareLabel('Utlysning') // true
 * isBareLabel('Utlysning:') // false
 */
export function isBareLabel(line: string): boolean {
  // Most lines are prose; the longest label has 24 characters.
  return line.length <= MAX_LABEL_LINE && BARE_LABELS.has(cleanValue(line))
}

/**
 * Index of the first bare label line (the start of layout B's field block), or -1.
 *
 * @example
 * findBareHeader(['Logotyp på utskrifter', '', 'Titel', '', 'Programområde']) // 4
 */
export function findBareHeader(lines: readonly string[]): number {
  return lines.findIndex(isBareLabel)
}

/**
 * Reads layout B's field block (label line, value line) up to the first blank line and
 * returns the index of that line. A label followed at once by another label has no value.
 *
 * @example
 * readBareHeader(ctx, 4) // 26
 */
export function readBareHeader(ctx: ParseContext, start: number): number {
  let index = start
  while (index < ctx.lines.length) {
    const line = ctx.lines[index] ?? ''
    if (isBlank(line)) break
    const label = cleanValue(line)
    const labelMatch = isBareLabel(line) ? findLabel(label) : null
    const next = ctx.lines[index + 1]
    const hasValue = next !== undefined && !isBlank(next) && !isBareLabel(next)
    if (labelMatch === null) {
      report(ctx, 'unparsed-line', {
        line: index + 1,
        column: valueColumn(line),
        message: `Expected a label such as "Projektägare" on its own line, found ${quote(label)}`,
        actual: label,
        expected: 'a layout B label',
      })
      mark(ctx, index, 'diagnostic:unparsed-line')
      index += 1
      continue
    }
    mark(ctx, index, `label:${labelMatch.key}`)
    const valueIndex = hasValue ? index + 1 : index
    const value = hasValue ? (next ?? '') : ''
    const column = hasValue ? valueColumn(value) : line.length + 1
    const target = applyField(ctx, labelMatch, label, value, { index: valueIndex, column })
    if (hasValue) mark(ctx, valueIndex, target)
    index += hasValue ? 2 : 1
  }
  return index
}
