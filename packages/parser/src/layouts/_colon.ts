import { applyField } from '../_apply-field.js'
import { matchBanner } from '../_banners.js'
import { skipChrome } from '../_chrome.js'
import { mark, type ParseContext, report } from '../_context.js'
import { quote } from '../_diagnostics.js'
import { findLabel } from '../_labels.js'
import { cleanValue, isBlank, valueColumn } from '../_lines.js'

/** `Label:` alone on a line; the value follows on the next line. */
const LABEL_LINE = /^\s*(\p{Lu}[^:]{0,60}):\s*$/u

/**
 * The label of a `Label:` line, or null.
 *
 * @example
 * colonLabel('Projektägare:') // 'Projektägare'
 * colonLabel('Projektägare är Karlstads kommun.') // null
 */
export function colonLabel(line: string): string | null {
  const label = LABEL_LINE.exec(line)?.[1]
  return label === undefined ? null : cleanValue(label)
}

/**
 * Index of the first line that is a known `Label:` (the start of the field block of layouts
 * C and D), or -1.
 *
 * @example
 * findColonHeader(['2020/00651 - Steg för steg', '', 'Diarienummer:', '2020/00651']) // 2
 */
export function findColonHeader(lines: readonly string[]): number {
  return lines.findIndex((line) => {
    const label = colonLabel(line)
    return label !== null && findLabel(label) !== null
  })
}

/**
 * Reads the `Label:` / value block of layouts C and D up to the first blank line and returns
 * the index of that line. A label followed at once by another label line has an empty value
 * (common for `Stödmottagarens address:`).
 *
 * @example
 * readColonHeader(ctx, 2) // 35
 */
export function readColonHeader(ctx: ParseContext, start: number): number {
  let index = start
  while (index < ctx.lines.length) {
    const line = ctx.lines[index] ?? ''
    if (isBlank(line)) {
      const resume = labelsAfterChrome(ctx.lines, index)
      if (resume < 0) break
      // Site chrome inside the field block (the cookie notice of a saved page): skip it.
      for (let skipped = index; skipped < resume; skipped += 1) {
        if (!isBlank(ctx.lines[skipped])) skipChrome(ctx, skipped)
      }
      index = resume
      continue
    }
    if (skipChrome(ctx, index)) {
      index += 1
      continue
    }
    const label = colonLabel(line)
    if (label === null) {
      report(ctx, 'unparsed-line', {
        line: index + 1,
        column: valueColumn(line),
        message: `Expected a "Label:" line in the field block, found ${quote(cleanValue(line))}`,
        actual: cleanValue(line),
        expected: 'a line such as "Projektägare:"',
      })
      mark(ctx, index, 'diagnostic:unparsed-line')
      index += 1
      continue
    }
    const next = ctx.lines[index + 1]
    const hasValue = next !== undefined && !isBlank(next) && colonLabel(next) === null
    const valueIndex = hasValue ? index + 1 : index
    const value = hasValue ? (next ?? '') : ''
    const labelMatch = findLabel(label)
    if (labelMatch === null) {
      const shown = hasValue ? `${label}: ${cleanValue(value)}` : `${label}:`
      report(ctx, 'unknown-label', {
        line: index + 1,
        column: valueColumn(line),
        message: `The label ${quote(label)} is not one this layout is known to use; its value ${quote(cleanValue(value))} is kept only here`,
        actual: shown,
        expected: 'a known label such as "Projektägare:"',
      })
      mark(ctx, index, 'diagnostic:unknown-label')
      if (hasValue) mark(ctx, valueIndex, 'diagnostic:unknown-label')
    } else {
      mark(ctx, index, `label:${labelMatch.key}`)
      const column = hasValue ? valueColumn(value) : line.length + 1
      const target = applyField(ctx, labelMatch, label, value, { index: valueIndex, column })
      if (hasValue) mark(ctx, valueIndex, target)
    }
    index += hasValue ? 2 : 1
  }
  return index
}

/**
 * Where the field block goes on after a blank line: the index of a known `Label:` line that
 * follows blank lines and at least one whole banner line, or -1 when the block ends here.
 */
function labelsAfterChrome(lines: readonly string[], blank: number): number {
  let banners = 0
  for (let index = blank; index < lines.length; index += 1) {
    const line = lines[index] ?? ''
    if (isBlank(line)) continue
    const banner = matchBanner(line)
    if (banner !== null && !banner.fragment) {
      banners += 1
      continue
    }
    const label = colonLabel(line)
    return banners > 0 && label !== null && findLabel(label) !== null ? index : -1
  }
  return -1
}
