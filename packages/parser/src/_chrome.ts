import { matchBanner } from './_banners.js'
import { mark, type ParseContext, report } from './_context.js'
import { quote } from './_diagnostics.js'
import { cleanValue } from './_lines.js'

/**
 * Skips a whole line of site chrome (the cookie notice, outage and webinar banners, the print
 * logo, `In English`) wherever it stands, with a `skipped-banner` info. Cut-off fragments of
 * banners (`Lär`) are not skipped here: inside the text they are more likely words.
 * Returns whether the line was chrome.
 *
 * @example
 * skipChrome(ctx, 40) // true for 'Lär dig mer', which a saved page can have anywhere
 */
export function skipChrome(ctx: ParseContext, index: number): boolean {
  const line = ctx.lines[index] ?? ''
  const banner = matchBanner(line)
  if (banner === null || banner.fragment) return false
  const text = cleanValue(line)
  report(ctx, 'skipped-banner', {
    line: index + 1,
    column: line.length - line.trimStart().length + 1,
    message: `Skipped the ${banner.kind} banner line ${quote(text)}, site chrome inside the page`,
    actual: text,
  })
  mark(ctx, index, 'diagnostic:skipped-banner')
  return true
}
