import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { outdent } from 'outdent'
import { describe, expect, test } from 'vitest'
import { parseSheet } from '../src/index.js'
import { unaccountedLines } from './_nothing-lost.js'

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8')

/** The site's cookie notice as ESF+ pages have it (capitalised first line). */
const COOKIE_NOTICE = outdent`
  Information (1)
  Cookies

  Den här hemsidan använder cookies för att säkerställa bästa möjliga upplevelse på vår webb.

  Lär dig mer
`

const withoutInfos = (text: string) =>
  parseSheet(text).diagnostics.filter((d) => d.severity !== 'info')

describe('C pages from 2022 without the optional labels', () => {
  const PAGE = outdent`
    2022/00112 - Språkstöd på jobbet

    Diarienummer:
    2022/00112
    Namn:
    Språkstöd på jobbet
    Projektnummer:
    2022/00112
    Projektägare:
    Folkuniversitetet, Region Väst
    Region:
    Västsverige
    Projektperiod:
    2022-09-01 - 2024-08-31
    Total projektbudget:
    4 820 400
    Beviljat ESF-stöd:
    4 820 400
    Kontaktperson:
    Mira Haddad
    E-post:
    mira.haddad@example.se
    Specifikt mål:
    A1A

    Anställda inom äldreomsorgen får språkstöd på arbetstid.
  `

  test('no Planerat antal deltagare and no address give no warning', () => {
    const { project, diagnostics } = parseSheet(PAGE)
    expect(project?.layout).toEqual('C')
    expect(project?.plannedParticipants).toBeNull()
    expect(project?.recipientAddress).toBeNull()
    expect(project?.caseNumber).toEqual('2022/00112')
    expect(project?.period).toEqual({ start: '2022-09-01', end: '2024-08-31' })
    expect(diagnostics).toEqual([])
  })

  test('a label every C page has is still missed when it is absent', () => {
    const text = PAGE.replace('Region:\nVästsverige\n', '')
    expect(withoutInfos(text).map((d) => [d.code, d.field])).toEqual([['missing-field', 'region']])
  })
})

describe('the cookie notice and other site chrome, wherever they stand', () => {
  const D_PAGE = fixture('layout-d.txt')
  const plain = parseSheet(D_PAGE).project

  test('before the title of a D page: skipped with infos, same project', () => {
    const text = `${COOKIE_NOTICE}\n\n${D_PAGE}`
    const { project, diagnostics } = parseSheet(text)
    expect({ ...project, source: null }).toEqual({ ...plain, source: null })
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
    expect(diagnostics.filter((d) => d.code === 'skipped-banner').map((d) => d.line)).toEqual([
      1, 2, 4, 6,
    ])
  })

  test('between the title and the fields', () => {
    const text = D_PAGE.replace('\n\nLand som berörs:', `\n\n${COOKIE_NOTICE}\n\nLand som berörs:`)
    const { project } = parseSheet(text)
    expect({ ...project, source: null }).toEqual({ ...plain, source: null })
    expect(withoutInfos(text)).toEqual([])
  })

  test('inside the field block: the fields after it are still fields', () => {
    const text = D_PAGE.replace('\nRegion:\n', `\n\n${COOKIE_NOTICE}\n\nRegion:\n`)
    const { project } = parseSheet(text)
    expect({ ...project, source: null }).toEqual({ ...plain, source: null })
    expect(withoutInfos(text)).toEqual([])
    expect(unaccountedLines(text)).toEqual([])
  })

  test('inside and after the prose', () => {
    const text = D_PAGE.replace(
      '\n\nSyfte med projektet',
      `\n\n${COOKIE_NOTICE}\n\nSyfte med projektet`,
    ).concat(`\n\n${COOKIE_NOTICE}\n\nIn English`)
    const { project, diagnostics } = parseSheet(text)
    expect(project?.sections.summary).toEqual(plain?.sections.summary)
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
    expect(diagnostics.filter((d) => d.code === 'skipped-banner').length).toEqual(9)
    expect(unaccountedLines(text)).toEqual([])
  })

  test('in a layout A body, banners of every kind', () => {
    const A_PAGE = fixture('layout-a.txt')
    const text = A_PAGE.replace(
      '\n\nBakgrund\n',
      '\n\nStäng\n\nEBS2020 har driftstopp på söndag den 29 mars 2020\n\nBakgrund\n',
    )
    const before = parseSheet(A_PAGE)
    const after = parseSheet(text)
    expect(after.project?.sections).toEqual(before.project?.sections)
    expect(after.project?.otherSections).toEqual(before.project?.otherSections)
    expect(after.diagnostics.filter((d) => d.severity !== 'info')).toEqual(
      before.diagnostics.filter((d) => d.severity !== 'info'),
    )
  })

  test('a cut-off banner word inside the prose stays prose', () => {
    const text = D_PAGE.concat('\nLär')
    expect(parseSheet(text).project?.sections.summary).toMatch(/\nLär$/)
  })
})
