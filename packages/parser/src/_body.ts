import type { SectionName } from '@projektbank/model'
import { skipChrome } from './_chrome.js'
import { mark, type ParseContext, report } from './_context.js'
import { quote } from './_diagnostics.js'
import { KNOWN_HEADINGS, type ListName, looksLikeHeading } from './_headings.js'
import { cleanValue, isBlank, valueColumn } from './_lines.js'
import { isCutMunicipalityName, resolveMunicipality } from './_municipality.js'
import { TextBuilder } from './_text-builder.js'

/** A list item: a bullet with any indentation (one space on most pages, two on some). */
const BULLET = /^\s*•\s*(.*)$/

/** How a sentence or a complete line can end; anything else at the very end looks cut. */
const COMPLETE_ENDING = /[.!?:;)\]"”»'…]$/

type Current =
  | { readonly kind: 'section'; readonly name: SectionName; readonly text: TextBuilder }
  | { readonly kind: 'other'; readonly heading: string; readonly text: TextBuilder }
  | {
      readonly kind: 'list'
      readonly name: ListName
      readonly heading: string
      readonly headingIndex: number
      items: number
    }

/** Options that differ between layouts. */
export interface BodyOptions {
  /** Whether short stand-alone lines start sections of their own (layouts A and B). */
  readonly otherHeadings: boolean
  /**
   * Whether a heading needs a blank line before and after it. The current site's page (E) has
   * no blank lines, so there a line that is exactly a known section heading is one.
   */
  readonly headingsStandAlone: boolean
  /** Whether list headings (`Kommun`, …) start lists; E pages have none, so the words are prose. */
  readonly lists: boolean
}

/**
 * Reads the narrative from `start` to the end: headings (a whole line equal to a known heading,
 * with a blank line before and after it) switch between sections and lists; prose before any
 * heading is the summary. Site chrome (the cookie notice, banners) is skipped with an info
 * wherever it stands. Every line lands in a section, a list or a diagnostic.
 *
 * @example
 * readBody(ctx, 16, { otherHeadings: true, headingsStandAlone: true, lists: true })
 * // fills ctx.draft.sections, partners, municipalities…
 */
export function readBody(ctx: ParseContext, start: number, options: BodyOptions): void {
  const { lines, draft } = ctx
  const sectionTexts = new Map<SectionName, TextBuilder>()
  const otherTexts: { heading: string; text: TextBuilder }[] = []
  const sectionText = (name: SectionName): TextBuilder => {
    let text = sectionTexts.get(name)
    if (text === undefined) {
      text = new TextBuilder()
      sectionTexts.set(name, text)
    }
    return text
  }
  let current: Current = { kind: 'section', name: 'summary', text: sectionText('summary') }
  let lastContent = -1

  for (let index = start; index < lines.length; index += 1) {
    const line = lines[index] ?? ''
    if (isBlank(line)) {
      if (current.kind !== 'list') current.text.breakParagraph()
      continue
    }
    if (skipChrome(ctx, index)) continue
    lastContent = index
    const standsAlone =
      !options.headingsStandAlone ||
      ((index === start || isBlank(lines[index - 1])) &&
        (index + 1 >= lines.length || isBlank(lines[index + 1])))
    if (standsAlone) {
      const heading = cleanValue(line)
      const known = KNOWN_HEADINGS.get(heading)
      if (known !== undefined && (options.lists || known.kind === 'section')) {
        closeList(ctx, current)
        if (known.kind === 'section') {
          const text = sectionText(known.name)
          text.breakParagraph()
          current = { kind: 'section', name: known.name, text }
        } else {
          current = { kind: 'list', name: known.name, heading, headingIndex: index, items: 0 }
        }
        mark(ctx, index, `heading:${known.name}`)
        continue
      }
      if (options.otherHeadings && index + 1 < lines.length && looksLikeHeading(heading)) {
        closeList(ctx, current)
        const text = new TextBuilder()
        otherTexts.push({ heading, text })
        current = { kind: 'other', heading, text }
        mark(ctx, index, 'heading:other')
        continue
      }
    }
    if (current.kind === 'list') {
      readListItem(ctx, current, index)
      continue
    }
    current.text.add(line.trimEnd())
    mark(
      ctx,
      index,
      current.kind === 'section' ? `section:${current.name}` : `other-section:${current.heading}`,
    )
  }
  closeList(ctx, current)

  for (const [name, text] of sectionTexts) draft.sections[name] = text.toText()
  for (const other of otherTexts)
    draft.otherSections.push({ heading: other.heading, text: other.text.toString() })
  reportCut(ctx, current, lastContent)
}

function readListItem(
  ctx: ParseContext,
  list: Extract<Current, { kind: 'list' }>,
  index: number,
): void {
  const line = ctx.lines[index] ?? ''
  const name = cleanValue(BULLET.exec(line)?.[1] ?? '')
  if (!BULLET.test(line) || name === '') {
    report(ctx, 'unparsed-line', {
      line: index + 1,
      column: valueColumn(line),
      message: `Expected a list item such as " • Umeå" under "${list.heading}", found ${quote(cleanValue(line))}`,
      actual: cleanValue(line),
      expected: ' • Name',
    })
    mark(ctx, index, 'diagnostic:unparsed-line')
    return
  }
  list.items += 1
  mark(ctx, index, `list:${list.name}`)
  if (list.name !== 'municipalities') {
    ctx.draft[list.name].push(name)
    return
  }
  const municipality = resolveMunicipality(name)
  ctx.draft.municipalities.push(municipality)
  if (municipality.code !== null) return
  const column = line.indexOf(name.charAt(0), line.indexOf('•') + 1) + 1
  if (municipality.county !== null) {
    report(ctx, 'county-in-municipality-list', {
      line: index + 1,
      column,
      field: 'municipalities',
      message: `${quote(name)} is a county, not a municipality; it is kept as printed with the county ${quote(municipality.county)} and no municipality code`,
      actual: name,
    })
    return
  }
  const cut = index === ctx.lines.length - 1 && !ctx.endsWithNewline && isCutMunicipalityName(name)
  if (cut) {
    report(ctx, 'truncated-list', {
      line: index + 1,
      column,
      field: 'municipalities',
      message: `The last municipality ${quote(name)} looks cut off with the sheet; it is kept as printed`,
      actual: name,
    })
    return
  }
  report(ctx, 'unknown-municipality', {
    line: index + 1,
    column,
    field: 'municipalities',
    message: `${quote(name)} is not one of the 290 Swedish municipalities; it is kept without code and county`,
    actual: name,
    expected: 'a municipality name such as Umeå',
  })
}

function closeList(ctx: ParseContext, current: Current): void {
  if (current.kind !== 'list' || current.items > 0) return
  report(ctx, 'truncated-list', {
    line: current.headingIndex + 1,
    column: 1,
    field: current.name,
    message: `The list "${current.heading}" has no items; the sheet may have been cut after its heading`,
    expected: 'lines such as " • Name"',
  })
}

/** A sheet cut at 2 000 bytes stops mid-sentence; say so, while keeping what is there. */
function reportCut(ctx: ParseContext, current: Current, lastContent: number): void {
  if (lastContent < 0 || ctx.endsWithNewline || current.kind === 'list') return
  const line = (ctx.lines[lastContent] ?? '').trimEnd()
  if (COMPLETE_ENDING.test(line)) return
  report(ctx, 'truncated-input', {
    line: lastContent + 1,
    column: line.length + 1,
    message: `The sheet ends mid-sentence (${quote(line.slice(-40))}); it may have been cut, and what is there is kept`,
    actual: line.slice(-200),
  })
}
