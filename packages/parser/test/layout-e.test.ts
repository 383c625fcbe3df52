import { blankProject } from '@projektbank/corpus'
import { outdent } from 'outdent'
import { describe, expect, test } from 'vitest'
import { detectLayout, parseSheet, renderSheet } from '../src/index.js'
import { FIELDS_NOT_PRINTED } from '../src/layouts/_title-only-page.js'
import { unaccountedLines } from './_nothing-lost.js'

/** The current site's page: title line, then prose on the very next line, no blank line. */
const PAGE = outdent`
  25-023-S02 - Unga i arbete i Gävleborg
  Projektet riktar sig till unga mellan 16 och 24 år som varken arbetar eller studerar.
  Tillsammans med kommunerna i länet erbjuder projektet vägledning, praktik och stöd att gå tillbaka till studier.
  Arbetet sker i nära samarbete med Arbetsförmedlingen och det lokala näringslivet.
`

describe('the current site’s project page (layout E)', () => {
  const { project, diagnostics } = parseSheet(PAGE)

  test('is detected as layout E', () => {
    expect(detectLayout(PAGE)).toEqual('E')
    expect(project?.layout).toEqual('E')
  })

  test('keeps the number, the title and every line of prose as the summary', () => {
    expect(project?.projectNumber).toEqual('25-023-S02')
    expect(project?.id).toEqual('25-023-s02')
    expect(project?.title).toEqual('Unga i arbete i Gävleborg')
    expect(project?.sections.summary).toEqual(PAGE.split('\n').slice(1).join('\n'))
    expect(project?.owner).toBeNull()
    expect(project?.period).toBeNull()
    expect(unaccountedLines(PAGE)).toEqual([])
  })

  test('says in one info which fields the page does not carry, and nothing else', () => {
    expect(diagnostics).toEqual([
      {
        code: 'fields-not-printed',
        severity: 'info',
        line: 1,
        column: 1,
        message: `The current site's project page (layout E) prints only the number, the title and the prose; these fields stay empty: ${FIELDS_NOT_PRINTED.join(', ')}`,
      },
    ])
    expect(FIELDS_NOT_PRINTED).toContain('owner')
    expect(FIELDS_NOT_PRINTED).toContain('esfGrant')
    expect(FIELDS_NOT_PRINTED).not.toContain('title')
    expect(FIELDS_NOT_PRINTED).not.toContain('sections')
  })

  test('prose that starts with label words stays prose', () => {
    const text = `${PAGE}\nProjektägaren är Gävle kommun.\nProjektperioden är tre år.\nRegionen bidrar.`
    const parsed = parseSheet(text)
    expect(parsed.project?.layout).toEqual('E')
    expect(parsed.project?.owner).toBeNull()
    expect(parsed.project?.sections.summary).toContain('Projektägaren är Gävle kommun.')
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['fields-not-printed'])
  })

  test('lines that are exactly a section heading split the prose into sections', () => {
    const text = outdent`
      25-041-S03 - Vägar till vård
      Projektet ger en väg in i vården.
      Bakgrund
      Länet behöver fler medarbetare.
      Syfte
      Fler ska få arbete.
      Kommun
      Kommunen deltar.
    `
    const parsed = parseSheet(text).project
    expect(parsed?.sections).toMatchObject({
      summary: 'Projektet ger en väg in i vården.',
      background: 'Länet behöver fler medarbetare.',
      // E pages have no lists: `Kommun` is a word of the prose here.
      purpose: 'Fler ska få arbete.\nKommun\nKommunen deltar.',
    })
    expect(parsed?.municipalities).toEqual([])
  })

  test('under the cookie notice (capitalised, as on ESF+ pages), the notice is skipped', () => {
    const notice = outdent`
      Information (1)
      Cookies

      Den här hemsidan använder cookies för att säkerställa bästa möjliga upplevelse på vår webb.

      Lär dig mer

    `
    const text = `${notice}\n${PAGE}`
    const parsed = parseSheet(text)
    expect(parsed.project?.title).toEqual('Unga i arbete i Gävleborg')
    expect(parsed.project?.sections.summary).toEqual(project?.sections.summary)
    expect(parsed.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['skipped-banner', 1],
      ['skipped-banner', 2],
      ['skipped-banner', 4],
      ['skipped-banner', 6],
      ['fields-not-printed', 8],
    ])
    expect(unaccountedLines(text)).toEqual([])
  })

  test('renderSheet writes it back byte for byte', () => {
    expect(project && renderSheet(project)).toEqual(PAGE)
    expect(
      project && renderSheet({ ...project, sections: { ...project.sections, summary: null } }),
    ).toEqual('25-023-S02 - Unga i arbete i Gävleborg')
  })
})

describe('any other page with a title line but no field block', () => {
  test('a 2014–2020 number and prose: layout E with a warning, all text kept', () => {
    const text = outdent`
      2018/00566 - Kvinna in i Sverige

      Projektet når kvinnor som nyligen kommit till Sverige.

      Deltagarna får samhällsorientering och praktik.
    `
    const { project, diagnostics } = parseSheet(text)
    expect(project?.layout).toEqual('E')
    expect(project?.projectNumber).toEqual('2018/00566')
    expect(project?.title).toEqual('Kvinna in i Sverige')
    expect(project?.sections.summary).toEqual(
      'Projektet når kvinnor som nyligen kommit till Sverige.\n\nDeltagarna får samhällsorientering och praktik.',
    )
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['missing-field-block', 'warning', 1],
    ])
    expect(unaccountedLines(text)).toEqual([])
  })

  test('a title under the print logo and nothing else: the title is kept, with a warning', () => {
    const text = 'Logotyp på utskrifter\n\nKompetens i Kalix\n\nProjektet höjer kompetensen.'
    const { project, diagnostics } = parseSheet(text)
    expect(project?.layout).toEqual('E')
    expect(project?.title).toEqual('Kompetens i Kalix')
    expect(project?.projectNumber).toBeNull()
    expect(project?.id).toMatch(/^a-[0-9a-f]{16}$/)
    expect(project?.sections.summary).toEqual('Projektet höjer kompetensen.')
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['skipped-banner', 'info'],
      ['missing-field-block', 'warning'],
    ])
  })

  test('text with no title line marked as one is still no project', () => {
    expect(detectLayout('Hej!\nDet här är ett brev.')).toBeNull()
    expect(parseSheet('Hej!\nDet här är ett brev.').project).toBeNull()
  })
})

test('renderSheet prints layout E for any project: number, title, known sections', () => {
  const project = {
    ...blankProject('E'),
    title: 'Nya vägar',
    projectNumber: '25-100-S01',
    owner: 'Ingen plats för detta',
    sections: { ...blankProject('E').sections, summary: 'Ett.\nTvå.', goals: 'Mål.' },
  }
  expect(renderSheet(project)).toEqual('25-100-S01 - Nya vägar\nEtt.\nTvå.\nMålsättning\nMål.')
  expect(renderSheet(project, 'E', { banner: 'cookies' })).toMatch(
    /^information \(1\)\nCookies\n\n/,
  )
})
