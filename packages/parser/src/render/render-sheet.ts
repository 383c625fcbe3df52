import type { Layout, Project } from '@projektbank/model'
import { renderLayoutA } from './_layout-a.js'
import { renderLayoutB } from './_layout-b.js'
import { renderLayoutC } from './_layout-c.js'
import { renderLayoutD } from './_layout-d.js'
import { renderLayoutE } from './_layout-e.js'
import type { RenderOptions } from './render-options.js'

/**
 * Writes a project back as a project-bank sheet of the given layout (default: the project's
 * own), shaped byte for byte like the published pages: LF line endings, no final newline,
 * U+00A0 in layout A amounts. Values the layout has no place for are left out (layout D prints
 * no amounts or contact, C and D no headed sections or lists, E only number, title and the
 * known sections), so `parseSheet(renderSheet(p))`
 * gives back every field the layout carries. Useful for fixtures, fuzzing and test corpora.
 *
 * @example
 * import { parseSheet, renderSheet } from '@projektbank/parser'
 * const text = renderSheet(project, 'C')
 * // '2018/00566 - Kvinna in i Sverige\n\nProjektnummer:\n2018/00566\n…'
 * parseSheet(text).project?.esfGrant === project.esfGrant // true
 */
export function renderSheet(
  project: Project,
  layout: Layout = project.layout,
  options: RenderOptions = {},
): string {
  switch (layout) {
    case 'A':
      return renderLayoutA(project, options)
    case 'B':
      return renderLayoutB(project, options)
    case 'C':
      return renderLayoutC(project, options)
    case 'D':
      return renderLayoutD(project)
    case 'E':
      return renderLayoutE(project, options)
  }
}
