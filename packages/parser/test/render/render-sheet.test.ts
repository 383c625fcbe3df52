import { blankProject } from '@projektbank/corpus'
import type { Project } from '@projektbank/model'
import outdent from 'outdent'
import { describe, expect, test } from 'vitest'
import { renderSheet } from '../../src/render/index.js'

const NBSP = '\u00a0'

/** Header values of corpus page A-001, with a short body of our own. */
const pageA: Project = {
  ...blankProject('A'),
  title: 'Strategisk regional samverkan om arbetsmarknadsfrågor i Västerbottens län',
  programArea: { code: '2', name: 'Ökat arbetskraftsutbud' },
  phase: 'Genomförande',
  owner: 'Regionförbundet i Västerbottens län',
  contact: {
    name: 'Malin Ackermann',
    email: 'malin.ackermann@regionvasterbotten.se',
    phone: '+46706293730',
  },
  esfGrant: 450000,
  totalBudget: 450000,
  period: { start: '2014-03-03', end: '2014-09-02' },
  region: 'Övre Norrland',
  sections: {
    ...blankProject('A').sections,
    summary: 'Förstudien samlar länets aktörer.\n\nArbetet bedrivs i tre steg.',
    background: 'Länet är stort till ytan.\nInlandet krymper.',
    transnational: 'Utbyte med Finland.',
  },
  otherSections: [{ heading: 'Organisation', text: 'En styrgrupp leder arbetet.' }],
  partners: ['Region Västerbotten', 'Region Västerbotten'],
  municipalities: [
    { name: 'Lycksele', code: '2481', county: 'Västerbottens län' },
    { name: 'Umeå', code: '2480', county: 'Västerbottens län' },
  ],
}

describe('layout A', () => {
  test('prints the published header of page A-001 and a headed body', () => {
    expect(renderSheet(pageA)).toBe(outdent`
      Logotyp på utskrifter

      Strategisk regional samverkan om arbetsmarknadsfrågor i Västerbottens län

      ProgramområdeProgramområde 2 Ökat arbetskraftsutbud
      ProjektfasGenomförande
      ProjektägareRegionförbundet i Västerbottens län
      KontaktpersonMalin Ackermann
      E-postmalin.ackermann@regionvasterbotten.se
      Telefonnummer070-629 37 30
      Beviljat ESF-stöd450${NBSP}000 kr
      Total projektbudget450${NBSP}000 kr
      Projektperiod2014-03-03 till 2014-09-02
      RegionÖvre Norrland
      In English

      Sammanfattning

      Förstudien samlar länets aktörer.

      Arbetet bedrivs i tre steg.

      Bakgrund

      Länet är stort till ytan.
      Inlandet krymper.

      Transnationellt samarbete

      Utbyte med Finland.

      Organisation

      En styrgrupp leder arbetet.

      Samarbetspartners

       • Region Västerbotten
       • Region Västerbotten

      Kommun

       • Lycksele
       • Umeå
    `)
  })

  test('prints saknas for missing values, banners before the title, other phone shapes', () => {
    const project: Project = {
      ...blankProject('A'),
      title: '"Vägen in"',
      programArea: { code: '1', name: null },
      contact: { name: 'Tage Selander', email: null, phone: '+4648547014' },
    }
    expect(renderSheet(project, 'A', { banner: 'covid', phoneStyle: 'compact' })).toBe(outdent`
      Logotyp på utskrifter

      Information med anledning av covid-19

      Uppdaterad information med anledning av covid-19${NBSP}${NBSP}

      "Vägen in"

      ProgramområdeProgramområde 1
      Projektfassaknas
      Projektägaresaknas
      KontaktpersonTage Selander
      E-postsaknas
      Telefonnummer0485-47014
      Beviljat ESF-stödsaknas
      Total projektbudgetsaknas
      Projektperiodsaknas
      Regionsaknas
      In English
    `)
  })

  test('never ends in a newline and keeps values on one line', () => {
    const text = renderSheet({ ...pageA, owner: 'Rad ett\nrad två' })
    expect(text.endsWith('\n')).toBe(false)
    expect(text.split('\n')[6]).toBe('ProjektägareRad ett rad två')
  })
})

test('layout B prints bare labels, a hyphen-joined period and amounts with kr', () => {
  const project: Project = {
    ...blankProject('B'),
    title: 'Unga in i arbete',
    programArea: { code: '3.1', name: 'Sysselsättningsinitiativet för unga' },
    region: 'Sydsverige',
    call: '2015/00348',
    owner: 'Malmö stad',
    projectNumber: '2015/00439',
    plannedParticipants: 1200,
    period: { start: '2015-09-01', end: '2018-08-31' },
    totalBudget: 71402008,
    esfGrant: 35701004,
    contact: { name: 'Sara Lind', email: 'sara.lind@malmo.se', phone: null },
    sections: { ...blankProject('B').sections, summary: 'Projektet når unga.' },
  }
  expect(renderSheet(project)).toBe(outdent`
    Logotyp på utskrifter

    Unga in i arbete

    Programområde
    3.1 Sysselsättningsinitiativet för unga
    Region
    Sydsverige
    Utlysning
    2015/00348
    Projektägare
    Malmö stad
    Projektnummer
    2015/00439
    Planerat antal deltagare
    1200
    Projektperiod
    2015-09-01-2018-08-31
    Total projektbudget
    71 402 008 kr
    Beviljat ESF-stöd
    35 701 004 kr
    Kontaktperson
    Sara Lind
    E-post
    sara.lind@malmo.se

    Sammanfattning

    Projektet når unga.
  `)
})

describe('layout C', () => {
  const pageC: Project = {
    ...blankProject('C'),
    title: 'Kvinna in i Sverige',
    projectNumber: '2018/00566',
    owner: 'Länsstyrelsen i Västmanland, Länsstyrelsen i Västmanland',
    region: 'ESF Nationellt',
    plannedParticipants: 200,
    period: { start: '2019-01-15', end: '2021-11-30' },
    totalBudget: 36691291,
    esfGrant: 17244907,
    contact: { name: 'Ulrica Lindelöf', email: 'ulrica.lindelof@lansstyrelsen.se', phone: null },
    recipientPostalCode: '72186',
    programArea: { code: '2', name: null },
    specificObjective: '2.3',
    cofinancingRate: 0.5,
    interventionType: '109',
    partners: ['not printed in layout C'],
    sections: {
      ...blankProject('C').sections,
      summary: 'Kvinna in i Sverige vänder sig till kvinnor.\n\nDeltagarna planerar.',
      background: 'not printed in layout C',
    },
  }

  test('prints the published header of page C-007 (cookie banner, order 1)', () => {
    expect(renderSheet(pageC, 'C', { banner: 'cookies' })).toBe(outdent`
      information (1)
      Cookies

      Den här hemsidan använder cookies för att säkerställa bästa möjliga upplevelse på vår webb. Genom att använda denna webbplats förutsätter vi att du godkänner att vi sparar cookies på din enhet.

      Lär dig mer

      2018/00566 - Kvinna in i Sverige

      Projektnummer:
      2018/00566
      Projektägare:
      Länsstyrelsen i Västmanland, Länsstyrelsen i Västmanland
      Namn:
      Kvinna in i Sverige
      Region:
      ESF Nationellt
      Planerat antal deltagare:
      200
      Projektperiod:
      2019-01-15 - 2021-11-30
      Total projektbudget:
      36 691 291
      Beviljat ESF-stöd:
      17 244 907
      Kontaktperson:
      Ulrica Lindelöf
      E-post:
      ulrica.lindelof@lansstyrelsen.se
      Stödmottagare postnr:
      72186
      Stödmottagarens address:
      Programområde:
      2
      Specifikt mål:
      2.3
      Unionens medfinansieringsgrad:
      50%
      Interventionstyp:
      109

      Kvinna in i Sverige vänder sig till kvinnor.

      Deltagarna planerar.
    `)
  })

  test('starts with Diarienummer and empty dates when there is a case number (page 008)', () => {
    const lines = renderSheet({
      ...pageC,
      caseNumber: '2018/00566',
      reportedCosts: 0,
      owner: null,
    }).split('\n')
    expect(lines.slice(0, 16)).toEqual([
      '2018/00566 - Kvinna in i Sverige',
      '',
      'Diarienummer:',
      '2018/00566',
      'Namn:',
      'Kvinna in i Sverige',
      'Startdatum:',
      'Slutdatum:',
      'Projektnummer:',
      '2018/00566',
      'Projektägare:',
      'Region:',
      'ESF Nationellt',
      'Planerat antal deltagare:',
      '200',
      'Projektperiod:',
    ])
    expect(lines.slice(19, 21)).toEqual(['Total Kostnader:', '0'])
  })
})

test('layout D prints the published header of page D-033', () => {
  const project: Project = {
    ...blankProject('D'),
    title: 'Värmlands Unga i Arbete',
    projectNumber: '23-002-S02',
    caseNumber: '23-002-S02',
    period: { start: '2023-09-01', end: '2026-06-30' },
    country: 'Sverige',
    fund: 'ESF+',
    programmeCci: '2021SE05SFPR',
    ownerOrgNumber: '2120001850',
    owner: 'KARLSTADS KOMMUN',
    cofinancingRate: 0.6,
    programArea: { code: 'A', name: null },
    specificObjective: 'A2B',
    region: 'Norra Mellansverige',
    nuts2: 'SE31',
    recipientPostalCode: '65184',
    recipientCity: 'KARLSTAD',
    interventionType: '140',
    plannedParticipants: 400,
    strategicImportance: false,
    esfGrant: 1000,
    contact: { name: 'not printed in layout D', email: null, phone: null },
    sections: { ...blankProject('D').sections, summary: 'Tio kommuner samarbetar.' },
  }
  expect(renderSheet(project)).toBe(outdent`
    23-002-S02 - Värmlands Unga i Arbete

    Diarienummer:
    23-002-S02
    Namn:
    Värmlands Unga i Arbete
    Startdatum:
    2023-09-01
    Slutdatum:
    2026-06-30
    Land som berörs:
    Sverige
    Berörd fond:
    ESF+
    Program CCI:
    2021SE05SFPR
    Projektägare organisationsnummer:
    2120001850
    Projektägare:
    KARLSTADS KOMMUN
    Unionens medfinansieringsgrad:
    60%
    Programområde:
    A
    Specifikt mål:
    A2B
    Sekundärtema - Motverka barnfattigdom:
    Nej
    Region:
    Norra Mellansverige
    NUTS-2 kod:
    SE31
    Stödmottagare postnr:
    65184
    Stödmottagare ort:
    KARLSTAD
    Interventionstyp:
    140
    Antal deltagare:
    400
    Insats av strategisk betydelse:
    Nej

    Tio kommuner samarbetar.
  `)
})

test('renders a project in another layout than its own', () => {
  const text = renderSheet(pageA, 'D')
  expect(text.split('\n').slice(0, 4)).toEqual([
    'Strategisk regional samverkan om arbetsmarknadsfrågor i Västerbottens län',
    '',
    'Diarienummer:',
    'Namn:',
  ])
})
