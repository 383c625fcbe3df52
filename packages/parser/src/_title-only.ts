import { matchBanner } from './_banners.js'
import { cleanValue, isBlank } from './_lines.js'

/** `2020/00651 - Steg för steg - IPS 2.0`, `23-002-S02 - Värmlands Unga i Arbete`. */
export const NUMBERED_TITLE = /^(\d[\dA-Za-z]*(?:[/-][\dA-Za-z]+)+) - (\S.*)$/

/** `25-023-S02 - …`: the ESF+ case number the current site's page starts with. */
const ESF_PLUS_TITLE = /^\d{2}-\d{3}-S\d{2} - \S/

/** Banners and the title stand in the first lines; a page that starts later is no page. */
const LINES_TO_SCAN = 40

/** The title line of a page that has no field block. */
export interface TitleOnly {
  /** 0-based index of the title line. */
  readonly titleIndex: number
  /**
   * Whether it is the current site's page (layout E proper): an ESF+ case number before the
   * name. Otherwise the title was recognised by another number, or by the site banners above
   * it, and the field block is missing.
   */
  readonly currentSite: boolean
}

/**
 * Finds the title line of a page without a field block: the first line after blank lines and
 * site banners, when it carries a case number (`25-023-S02 - Name`, `2018/00566 - Name`) or
 * stands under a banner (`Logotyp på utskrifter`, the cookie notice). Null when nothing marks
 * the first line as a title: a letter is not a project page.
 *
 * @example
 * findTitleOnly(['25-023-S02 - Unga till jobb', 'Projektet …']) // { titleIndex: 0, currentSite: true }
 * findTitleOnly(['Hej!', 'Det här är ett brev.']) // null
 */
export function findTitleOnly(lines: readonly string[]): TitleOnly | null {
  const found = scanToTitle(lines)
  if (found === null) return null
  const { titleIndex, banners } = found
  const text = cleanValue(lines[titleIndex] ?? '')
  if (ESF_PLUS_TITLE.test(text)) return { titleIndex, currentSite: true }
  return NUMBERED_TITLE.test(text) || banners > 0 ? { titleIndex, currentSite: false } : null
}

/**
 * Whether the page is shaped like the current site's: a numbered title line with the text
 * on the very next line. Pages with a field block always have a blank line after the title,
 * so this settles the layout before any label is counted; prose lines such as
 * `Projektägaren …` would otherwise pass for glued labels.
 *
 * @example
 * startsWithTitleAndProse(['25-023-S02 - Unga till jobb', 'Projektägaren …']) // true
 * startsWithTitleAndProse(['23-002-S02 - Namn', '', 'Diarienummer:']) // false
 */
export function startsWithTitleAndProse(
  lines: readonly string[],
  isLabelLine: (line: string) => boolean,
): boolean {
  const found = scanToTitle(lines)
  if (found === null) return false
  const next = lines[found.titleIndex + 1]
  return (
    next !== undefined &&
    !isBlank(next) &&
    !isLabelLine(next) &&
    NUMBERED_TITLE.test(cleanValue(lines[found.titleIndex] ?? ''))
  )
}

/** The first line after blank lines and whole banner lines, and how many banners came before. */
function scanToTitle(lines: readonly string[]): { titleIndex: number; banners: number } | null {
  let banners = 0
  const end = Math.min(lines.length, LINES_TO_SCAN)
  for (let index = 0; index < end; index += 1) {
    const line = lines[index] ?? ''
    if (isBlank(line)) continue
    const banner = matchBanner(line)
    if (banner !== null && !banner.fragment) {
      banners += 1
      continue
    }
    return { titleIndex: index, banners }
  }
  return null
}
