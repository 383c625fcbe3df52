import type { Project } from '@projektbank/model'

/**
 * The region as the page printed it (`Småland & Öarna`), so that a parsed page renders back
 * as it was; the code list's name when the page printed that.
 *
 * @example
 * printedRegion({ ...project, region: 'Småland och Öarna', asPrinted: { region: 'Småland & Öarna' } }) // 'Småland & Öarna'
 */
export function printedRegion(project: Project): string | null {
  return project.asPrinted?.region ?? project.region
}

/**
 * The programme area's name as the page printed it, see {@link printedRegion}.
 *
 * @example
 * printedAreaName(project) // 'Ökat arbetskraftsutbud'
 */
export function printedAreaName(project: Project): string | null {
  return project.asPrinted?.programAreaName ?? project.programArea?.name ?? null
}
