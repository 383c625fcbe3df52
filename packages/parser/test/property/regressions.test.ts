import outdent from 'outdent'
import { describe, expect, test } from 'vitest'
import { detectLayout, parseSheet } from '../../src/index.js'

/**
 * Bugs the property tests found in the parser core, pinned with a minimal input. Each test is
 * `test.fails`: it passes while the bug is there and fails once it is fixed, as a reminder to
 * turn it into an ordinary test and drop the matching exclusion in `_arbitraries.ts`.
 */
describe('known parser bugs', () => {
  // detectLayout counts glued A labels anywhere in the first 120 lines, and `Projektägaren …`
  // (Swedish for "the project owner …") matches /Projektägare[^\s:]/. Two such prose lines
  // outvote the C, D or B labels because A is checked first.
  const pageC = outdent`
    Hela vägen

    Namn:
    Hela vägen
    Region:
    Sydsverige

    Projektägaren leder arbetet.
    Projektägaren rapporterar till styrgruppen.
  `

  test.fails('prose lines starting with a glued label word do not change the layout', () => {
    expect(detectLayout(pageC)).toBe('C')
  })

  test.fails('and the fields of such a page are read from its field block', () => {
    const project = parseSheet(pageC).project
    expect([project?.layout, project?.title, project?.region, project?.owner]).toEqual([
      'C',
      'Hela vägen',
      'Sydsverige',
      null,
    ])
  })
})
