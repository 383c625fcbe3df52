import type { Banner } from './_banners.js'
import type { PhoneStyle } from './_format.js'

export type { Banner } from './_banners.js'
export type { PhoneStyle } from './_format.js'

/**
 * Presentation choices that real pages vary on but that carry no project data. The parser
 * reads every combination back to the same `Project`.
 *
 * @example
 * renderSheet(project, 'A', { banner: 'covid', phoneStyle: 'compact' })
 */
export interface RenderOptions {
  /**
   * Site banner before the title (default `none`). `covid`, `webinar` and `maintenance` occur on
   * layout A pages, `cookies` on layout C and E pages; layout D ignores it.
   */
  readonly banner?: Banner
  /** How layout A prints the phone number (default `grouped`, `070-388 17 20`). */
  readonly phoneStyle?: PhoneStyle
}
