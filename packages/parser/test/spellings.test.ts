import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSearchDocument } from '@projektbank/model'
import { describe, expect, test } from 'vitest'
import { parseSheet, renderSheet } from '../src/index.js'

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8')

const C_PAGE = fixture('layout-c.txt')
const D_PAGE = fixture('layout-d.txt')
const A_PAGE = fixture('layout-a.txt')

describe('regions spelled another way get the code list’s name', () => {
  test.each([
    ['layout C', C_PAGE, 'Region:\nSydsverige', 'Region:\nSmåland & Öarna'],
    ['layout D', D_PAGE, /Region:\n[^\n]+/, 'Region:\nSmåland & Öarna'],
    ['layout A', A_PAGE, 'RegionÖstra Mellansverige', 'RegionSmåland & Öarna'],
  ] as const)(
    '%s: Småland & Öarna is Småland och Öarna, printed form kept',
    (_l, page, from, to) => {
      const text = page.replace(from, to)
      const { project, diagnostics } = parseSheet(text)
      expect(project?.region).toEqual('Småland och Öarna')
      expect(project?.asPrinted).toEqual({ region: 'Småland & Öarna' })
      expect(diagnostics.filter((d) => d.code === 'unknown-region')).toEqual([])
      // The printed form is what renders: the page comes back as it was.
      expect(project && parseSheet(renderSheet(project)).project?.asPrinted).toEqual({
        region: 'Småland & Öarna',
      })
    },
  )

  test.each([
    ['ESF nationellt', 'ESF Nationellt'],
    ['småland  och  öarna', 'Småland och Öarna'],
    ['STOCKHOLM', 'Stockholm'],
    ['Nationellt', 'ESF Nationellt'],
  ])('%s is %s', (printed, canonical) => {
    const { project, diagnostics } = parseSheet(C_PAGE.replace('Sydsverige', printed))
    expect([project?.region, project?.asPrinted?.region]).toEqual([canonical, printed])
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
  })

  test('the canonical spelling leaves asPrinted out', () => {
    expect(parseSheet(C_PAGE).project).not.toHaveProperty('asPrinted')
  })

  test('one facet value for both spellings', () => {
    const analyze = (text: string) => text
    const documents = [C_PAGE, C_PAGE.replace('Sydsverige', 'Småland & Öarna')]
      .concat(C_PAGE.replace('Sydsverige', 'Småland och Öarna'))
      .map((text) => parseSheet(text).project)
      .map((project) => project && buildSearchDocument(project, { analyze }).region)
    expect(documents).toEqual(['Sydsverige', 'Småland och Öarna', 'Småland och Öarna'])
  })

  test('a name that is no region is kept as printed, with a warning', () => {
    const { project, diagnostics } = parseSheet(C_PAGE.replace('Sydsverige', 'Lappland'))
    expect(project?.region).toEqual('Lappland')
    expect(project).not.toHaveProperty('asPrinted')
    expect(diagnostics.map((d) => d.code)).toContain('unknown-region')
  })
})

describe('programme-area names get the code list’s spelling', () => {
  test('layout A: a name in capitals with a space after it', () => {
    const spaced = A_PAGE.replace(
      'Programområde 1 Kompetensförsörjning',
      'Programområde 1 KOMPETENSFÖRSÖRJNING ',
    )
    const { project } = parseSheet(spaced)
    expect(project?.programArea).toEqual({ code: '1', name: 'Kompetensförsörjning' })
    expect(project?.asPrinted).toEqual({ programAreaName: 'KOMPETENSFÖRSÖRJNING' })
  })

  test('layout B: 3.1 with the name as printed in the code list needs nothing', () => {
    const { project } = parseSheet(fixture('layout-b.txt'))
    expect(project?.programArea).toEqual({
      code: '3.1',
      name: 'Sysselsättningsinitiativet för unga',
    })
    expect(project).not.toHaveProperty('asPrinted')
  })
})
