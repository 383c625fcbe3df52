import outdent from 'outdent'
import { describe, expect, test } from 'vitest'
import { detectLayout, parseSheet } from '../../src/index.js'

/**
 * Bugs the property tests found in the parser core, each pinned with the minimal input that
 * showed it, so that they stay fixed.
 */
describe('regressions found by the property tests', () => {
  // detectLayout used to count glued A labels anywhere in the first 120 lines, and
  // `Projektägaren …` ("the project owner …") matches /Projektägare[^\s:]/: two such prose
  // lines outvoted the C, D or B labels because A was checked first.
  const pageC = outdent`
    Hela vägen

    Namn:
    Hela vägen
    Region:
    Sydsverige

    Projektägaren leder arbetet.
    Projektägaren rapporterar till styrgruppen.
  `

  test('prose lines starting with a glued label word do not change the layout', () => {
    expect(detectLayout(pageC)).toBe('C')
  })

  test('and the fields of such a page are read from its field block', () => {
    const project = parseSheet(pageC).project
    expect([project?.layout, project?.title, project?.region, project?.owner]).toEqual([
      'C',
      'Hela vägen',
      'Sydsverige',
      null,
    ])
  })
})
