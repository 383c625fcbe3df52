import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { outdent } from 'outdent'
import { describe, expect, test } from 'vitest'
import { parseSheet } from '../src/index.js'
import { unaccountedLines } from './_nothing-lost.js'

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8')

describe('layout B', () => {
  test('labels alone on their lines, values on the next, bare-hyphen period', () => {
    const { project, diagnostics } = parseSheet(fixture('layout-b.txt'))
    expect(project).toMatchObject({
      id: '2015-00377',
      title: 'Unga kockar i Norr',
      layout: 'B',
      programArea: { code: '3.1', name: 'Sysselsättningsinitiativet för unga' },
      region: 'Övre Norrland',
      call: '2015/00211',
      owner: 'Restaurangskolan i Luleå AB',
      projectNumber: '2015/00377',
      plannedParticipants: 120,
      period: { start: '2015-09-01', end: '2018-08-31' },
      totalBudget: 14800000,
      esfGrant: 9620000,
      contact: {
        name: 'Jonas Lindqvist',
        email: 'jonas.lindqvist@restaurangskolan.example',
        phone: null,
      },
      phase: null,
      municipalities: [],
    })
    expect(project?.sections.background).toEqual(
      'Restaurangbranschen har svårt att rekrytera, samtidigt som ungdomsarbetslösheten i länet är hög.',
    )
    expect(diagnostics.map((d) => d.code)).toEqual(['skipped-banner'])
  })

  test('a label followed at once by another label has no value', () => {
    const text = fixture('layout-b.txt').replace('Utlysning\n2015/00211\n', 'Utlysning\n')
    const { project, diagnostics } = parseSheet(text)
    expect(project?.call).toEqual(null)
    expect(project?.owner).toEqual('Restaurangskolan i Luleå AB')
    expect(diagnostics.find((d) => d.code === 'empty-value')).toMatchObject({ line: 9, column: 10 })
  })
})

describe('layout C', () => {
  test('Label: lines, cookie preamble, Name: instead of Namn:, empty values', () => {
    const { project, diagnostics } = parseSheet(fixture('layout-c.txt'))
    expect(project).toMatchObject({
      id: '2019-00412',
      title: 'Språkbron - svenska på jobbet',
      layout: 'C',
      projectNumber: '2019/00412',
      caseNumber: null,
      owner: 'Folkhögskolan Bron, Folkhögskolan Bron',
      region: 'Sydsverige',
      plannedParticipants: 150,
      period: { start: '2020-01-01', end: '2022-12-31' },
      totalBudget: 8000000,
      reportedCosts: 0,
      esfGrant: 4000000,
      contact: { name: 'Leila Haddad', email: 'leila.haddad@bron.example', phone: null },
      recipientPostalCode: '21120',
      recipientAddress: null,
      programArea: { code: '2', name: null },
      specificObjective: '2.1',
      cofinancingRate: 0.5,
      interventionType: '109',
    })
    expect(project?.sections.summary).toEqual(
      'Språkbron ger nyanlända kvinnor och män svenskundervisning direkt på arbetsplatsen.\nProjektägare är folkhögskolan, som samarbetar med tre bemanningsföretag.\nKommunerna i Malmöregionen bidrar med lokaler.',
    )
    expect(diagnostics.map((d) => [d.line, d.code])).toEqual([
      [1, 'skipped-banner'],
      [2, 'skipped-banner'],
      [4, 'skipped-banner'],
      [6, 'skipped-banner'],
      [34, 'empty-value'],
    ])
  })

  const SHORT = outdent`
    2020/00999 - Steg ut - steg in

    Diarienummer:
    2020/00999
    Namn:
    Steg ut - steg in
    Startdatum:
    Slutdatum:
    Projektägare:
    Arbetsmarknadsförvaltningen, Arbetsmarknadsförvaltningen
    Region:
    Västsverige
    Planerat antal deltagare:
    45
    Projektperiod:
    2021-01-04 - 2022-12-30
    Total projektbudget:
    3 000 000
    Beviljat ESF-stöd:
    1 500 000
    Kontaktperson:
    Sara Nilsson
    E-post:
    sara.nilsson@goteborg.example
    Specifikt mål:
    2.3

    Sammanfattning

    Deltagarna får en egen coach och kortare kurser inom lager och logistik.
  `

  test('empty Startdatum/Slutdatum with a Projektperiod; Diarienummer as project number', () => {
    const { project, diagnostics } = parseSheet(SHORT)
    expect(project).toMatchObject({
      id: '2020-00999',
      title: 'Steg ut - steg in',
      projectNumber: '2020/00999',
      caseNumber: '2020/00999',
      period: { start: '2021-01-04', end: '2022-12-30' },
      sections: {
        summary: 'Deltagarna får en egen coach och kortare kurser inom lager och logistik.',
      },
    })
    expect(diagnostics.map((d) => [d.line, d.column, d.code, d.field])).toEqual([
      [3, 1, 'missing-field', 'projectNumber'],
      [7, 12, 'empty-value', 'period.start'],
      [8, 11, 'empty-value', 'period.end'],
    ])
  })

  test('an unknown label and a duplicate label are reported and nothing is lost', () => {
    const text = SHORT.replace(
      'Region:\nVästsverige\n',
      'Region:\nVästsverige\nWebbplats:\nwww.stegut.example\nRegion:\nStockholm\n',
    )
    const { project, diagnostics } = parseSheet(text)
    expect(project?.region).toEqual('Västsverige')
    expect(
      diagnostics.filter((d) => d.severity === 'warning' && d.code !== 'missing-field'),
    ).toEqual([
      {
        code: 'unknown-label',
        severity: 'warning',
        line: 13,
        column: 1,
        actual: 'Webbplats: www.stegut.example',
        expected: 'a known label such as "Projektägare:"',
        message:
          'The label "Webbplats" is not one this layout is known to use; its value "www.stegut.example" is kept only here',
      },
      {
        code: 'duplicate-label',
        severity: 'warning',
        line: 16,
        column: 1,
        field: 'region',
        actual: 'Stockholm',
        expected: 'each label once',
        message:
          '"Region" occurs a second time; the first value is kept and this one, "Stockholm", is ignored',
      },
    ])
    expect(unaccountedLines(text)).toEqual([])
  })

  test('the title line alone gives title and number when there is no Namn:', () => {
    const text = SHORT.replace('Namn:\nSteg ut - steg in\n', '').replace(
      'Diarienummer:\n2020/00999\n',
      '',
    )
    const { project } = parseSheet(text)
    expect(project?.title).toEqual('Steg ut - steg in')
    expect(project?.projectNumber).toEqual('2020/00999')
    expect(project?.caseNumber).toEqual(null)
  })
})

describe('layout D', () => {
  test('ESF+ fields, secondary theme, Diarienummer and a trailing Projektnummer', () => {
    const { project, diagnostics } = parseSheet(fixture('layout-d.txt'))
    expect(project).toMatchObject({
      id: '24-101-s03',
      title: 'Föräldrar i arbete',
      layout: 'D',
      projectNumber: '24-101-S03',
      caseNumber: '24-101-S03',
      country: 'Sverige',
      fund: 'ESF+',
      programmeCci: '2021SE05SFPR',
      ownerOrgNumber: '2120000142',
      owner: 'NORRTÄLJE KOMMUN',
      period: { start: '2024-08-19', end: '2027-08-18' },
      cofinancingRate: 0.9,
      programArea: { code: 'C', name: null },
      specificObjective: 'C1',
      secondaryThemes: ['Motverka barnfattigdom'],
      region: 'Stockholm',
      nuts2: 'SE11',
      recipientPostalCode: '76180',
      recipientCity: 'NORRTÄLJE',
      interventionType: '163',
      plannedParticipants: 300,
      strategicImportance: false,
      contact: null,
      esfGrant: null,
      esfShare: null,
      years: [2024, 2025, 2026, 2027],
    })
    expect(project?.sections.summary).toEqual(
      'Föräldrar som har försörjningsstöd får stöd att komma närmare arbete, samtidigt som barnen erbjuds läxhjälp och fritidsaktiviteter.\n\nSyfte med projektet är att bryta barnfattigdom i flera generationer.',
    )
    expect(diagnostics).toEqual([])
  })

  test('Sekundärtema Nej adds no theme; a bad Ja/Nej is reported', () => {
    const text = fixture('layout-d.txt')
      .replace('barnfattigdom:\nJa', 'barnfattigdom:\nNej')
      .replace('betydelse:\nNej', 'betydelse:\nkanske')
    const { project, diagnostics } = parseSheet(text)
    expect(project?.secondaryThemes).toEqual([])
    expect(project?.strategicImportance).toEqual(null)
    expect(diagnostics.map((d) => [d.line, d.code, d.expected])).toEqual([
      [42, 'bad-number', 'Ja or Nej'],
    ])
  })
})
