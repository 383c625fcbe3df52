import { matchBanner } from './_banners.js'
import { mark, type ParseContext, report } from './_context.js'
import { quote } from './_diagnostics.js'
import { cleanValue, isBlank } from './_lines.js'
import { NUMBERED_TITLE } from './_title-only.js'

/**
 * Reads the lines before the field block: banners are skipped (each with an info diagnostic),
 * the last other line is the title, and any earlier unknown line is reported as unparsed.
 * With `numberedTitle`, a case number in front of the title (`2020/00651 - …`) is split off at
 * the first ` - `.
 *
 * @example
 * readPreamble(ctx, 4, { numberedTitle: false }) // sets ctx.draft.titleLine
 */
export function readPreamble(
  ctx: ParseContext,
  end: number,
  options: { readonly numberedTitle: boolean },
): void {
  let titleIndex = -1
  for (let index = end - 1; index >= 0; index -= 1) {
    const line = ctx.lines[index] ?? ''
    if (isBlank(line)) continue
    const banner = matchBanner(line)
    if (banner === null || banner.fragment) {
      titleIndex = index
      break
    }
  }

  for (let index = 0; index < end; index += 1) {
    const line = ctx.lines[index] ?? ''
    if (isBlank(line)) continue
    const text = cleanValue(line)
    const column = line.length - line.trimStart().length + 1
    if (index === titleIndex) {
      readTitle(ctx, index, text, column, options.numberedTitle)
      continue
    }
    const banner = matchBanner(line)
    if (banner !== null) {
      report(ctx, 'skipped-banner', {
        line: index + 1,
        column,
        message: banner.fragment
          ? `Skipped ${quote(text)}, the cut-off start of a ${banner.kind} banner`
          : `Skipped the ${banner.kind} banner line ${quote(text)}`,
        actual: text,
      })
      mark(ctx, index, 'diagnostic:skipped-banner')
      continue
    }
    report(ctx, 'unparsed-line', {
      line: index + 1,
      column,
      message: `Expected a site banner or the title before the fields, found ${quote(text)}; the line is kept only here`,
      actual: text,
      expected: 'a banner line or the title',
    })
    mark(ctx, index, 'diagnostic:unparsed-line')
  }
}

function readTitle(
  ctx: ParseContext,
  index: number,
  text: string,
  column: number,
  numberedTitle: boolean,
): void {
  const numbered = numberedTitle ? NUMBERED_TITLE.exec(text) : null
  const number = numbered?.[1]
  const name = numbered?.[2]
  if (number !== undefined && name !== undefined) {
    ctx.draft.titleNumber = number
    ctx.draft.titleLine = name.trim()
  } else {
    ctx.draft.titleLine = text
  }
  const banner = matchBanner(text)
  if (banner !== null) {
    report(ctx, 'ambiguous-title', {
      line: index + 1,
      column,
      field: 'title',
      message: `The title ${quote(text)} could also be the cut-off start of a ${banner.kind} banner; it is kept as the title because it stands where the title always is`,
      actual: text,
    })
  }
  mark(ctx, index, 'title')
}
