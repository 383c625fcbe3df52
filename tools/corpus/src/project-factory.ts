import {
  countyOf,
  findProgramArea,
  type Layout,
  MUNICIPALITIES,
  type Municipality,
  type MunicipalityRef,
  PROGRAMME_PERIOD_BY_LAYOUT,
  type Project,
  REGIONS,
  SECTION_NAMES,
  type SectionName,
} from '@projektbank/model'
import { blankProject } from './blank-project.js'
import { paragraph } from './prose.js'
import type { Random } from './random.js'
import { asciiFold, VOCABULARY } from './vocabulary.js'

/** Chance that a section (beyond the summary) appears on a layout A or B sheet. */
const SECTION_ODDS: Record<SectionName, number> = {
  summary: 1,
  background: 0.9,
  purpose: 0.4,
  goals: 0.8,
  accessibility: 0.7,
  genderEquality: 0.5,
  transnational: 0.2,
}

const REGIONAL = REGIONS.filter((region) => region.nuts2 !== null)

function municipalitiesOf(regionName: string): readonly Municipality[] {
  const region = REGIONS.find((candidate) => candidate.name === regionName)
  const inRegion = MUNICIPALITIES.filter((m) => region?.countyCodes.includes(m.countyCode))
  return inRegion.length > 0 ? inRegion : MUNICIPALITIES
}

/** A municipality as the parser resolves it: name as printed, code and county name. */
export function municipalityRef(municipality: Municipality): MunicipalityRef {
  return {
    name: municipality.name,
    code: municipality.code,
    county: countyOf(municipality)?.name ?? null,
  }
}

function organisation(random: Random, home: Municipality): string {
  const county = countyOf(home)?.shortName ?? 'Skåne'
  return random
    .pick(VOCABULARY.organisationPatterns)
    .replace('{municipality}', home.name)
    .replace('{county}', county)
    .replace('{word}', random.pick(VOCABULARY.organisationWords))
}

function title(random: Random, home: Municipality): string {
  const v = VOCABULARY
  return random
    .pick(v.titlePatterns)
    .replace('{noun}', random.pick(v.titleNouns))
    .replace('{noun2}', random.pick(v.titleNouns2))
    .replace('{place}', home.name)
    .replace('{group}', random.pick(v.titleGroups))
    .replace('{goal}', random.pick(v.titleGoals))
    .replace('{year}', String(random.int(2008, 2024)))
}

/** A Swedish number in E.164: mobile, Stockholm, two- or three-digit area codes. */
export function randomPhone(random: Random): string {
  switch (random.int(0, 3)) {
    case 0:
      return `+467${random.pick(['0', '2', '3', '6'])}${random.digits(7)}`
    case 1:
      return `+468${random.digits(random.int(7, 8))}`
    case 2:
      return `+46${random.pick(['13', '19', '31', '40', '90'])}${random.digits(random.int(5, 7))}`
    default:
      return `+46${random.pick(['455', '485', '611', '920', '950'])}${random.digits(random.int(5, 6))}`
  }
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** A period of 3 to 36 months that starts on the 1st and ends on the last day of a month. */
function randomPeriod(random: Random, years: readonly number[]): { start: string; end: string } {
  const startYear = random.pick(years)
  const startMonth = random.int(1, 12)
  const months = random.int(3, 36)
  const endIndex = startYear * 12 + startMonth - 1 + months - 1
  const endYear = Math.floor(endIndex / 12)
  const endMonth = (endIndex % 12) + 1
  const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate()
  return { start: isoDate(startYear, startMonth, 1), end: isoDate(endYear, endMonth, lastDay) }
}

function caseNumber2014(random: Random): string {
  return `${random.int(2014, 2020)}/${random.digits(5)}`
}

/**
 * A random but realistic project of the given layout, with every field the layout cannot print
 * left null or empty, and prose added until the rendered sheet is about `targetBytes` long
 * (`measure` renders and counts). Derived fields (`id`, `source`, `targetGroups`, `years`,
 * `esfShare`) are left at placeholders: the parser derives them from the sheet.
 */
export function createRandomProject(
  random: Random,
  layout: Layout,
  targetBytes: number,
  measure: (project: Project) => number,
): Project {
  const v = VOCABULARY
  const region = layout === 'A' || layout === 'B' ? random.pick(REGIONAL) : random.pick(REGIONS)
  const home = random.pick(municipalitiesOf(region.name))
  const project = blankProject(layout)
  project.title = title(random, home)
  project.region = region.name
  const owner = organisation(random, home)
  project.owner = random.chance(0.2) ? `${owner}, ${random.pick(v.units)}` : owner
  const first = random.pick(v.firstNames)
  const last = random.pick(v.lastNames)
  const email = `${asciiFold(first)}.${asciiFold(last)}@${asciiFold(home.name)}.${random.pick(v.emailDomains)}`
  const grant = random.int(233, 63_000) * 1000 + random.int(0, 999)
  const budget = random.chance(0.6) ? grant : Math.round(grant * (1 + random.next() * 1.5))
  const period = PROGRAMME_PERIOD_BY_LAYOUT[layout]

  switch (layout) {
    case 'A': {
      const code = random.pick(['1', '2'])
      project.programArea = { code, name: findProgramArea(period, code)?.name ?? null }
      project.phase = random.chance(0.8) ? 'Genomförande' : 'Förprojektering'
      if (random.chance(0.02)) project.owner = null
      project.contact = {
        name: `${first} ${last}`,
        email: random.chance(0.05) ? email.replace(/^./, (c) => c.toUpperCase()) : email,
        phone: random.chance(0.02) ? null : randomPhone(random),
      }
      project.esfGrant = grant
      project.totalBudget = budget
      project.period = randomPeriod(random, [2008, 2009, 2010, 2011, 2012, 2014])
      break
    }
    case 'B': {
      const code = random.pick(['1', '2', '3.1'])
      project.programArea = { code, name: findProgramArea(period, code)?.name ?? null }
      project.call = caseNumber2014(random)
      project.projectNumber = caseNumber2014(random)
      project.plannedParticipants = random.int(10, 2000)
      project.period = randomPeriod(random, [2015, 2016, 2017, 2018])
      project.totalBudget = budget
      project.esfGrant = grant
      project.contact = { name: `${first} ${last}`, email, phone: null }
      break
    }
    case 'C': {
      project.projectNumber = caseNumber2014(random)
      if (random.chance(0.2)) project.caseNumber = project.projectNumber
      if (random.chance(0.3) && project.owner !== null) project.owner = `${owner}, ${owner}`
      project.plannedParticipants = random.int(0, 1500)
      project.period = randomPeriod(random, [2015, 2016, 2017, 2018, 2019, 2020])
      project.totalBudget = budget
      if (random.chance(0.15)) project.reportedCosts = 0
      project.esfGrant = grant
      project.contact = { name: `${first} ${last}`, email, phone: null }
      project.specificObjective = random.pick(['1.1', '2.1', '2.2', '2.3', '3'])
      if (random.chance(0.65)) {
        project.recipientPostalCode = `${random.int(1, 9)}${random.digits(4)}`
        project.programArea = { code: random.pick(['1', '2', '3']), name: null }
        project.cofinancingRate = random.pick([0.5, 0.67])
        project.interventionType = random.pick(['102', '103', '109', '117'])
      }
      break
    }
    case 'D': {
      const year = random.int(22, 24)
      const number = `${year}-${random.digits(3)}-S${random.digits(2)}`
      project.projectNumber = number
      project.caseNumber = number
      project.period = randomPeriod(random, [2000 + year])
      project.country = 'Sverige'
      project.fund = 'ESF+'
      project.programmeCci = '2021SE05SFPR'
      const orgPrefix = random.pick(['212000', '802', '556'])
      project.ownerOrgNumber = `${orgPrefix}${random.digits(10 - orgPrefix.length)}`
      project.owner = owner.toUpperCase()
      project.cofinancingRate = random.pick([0.4, 0.6, 0.9])
      project.programArea = { code: random.pick(['A', 'C']), name: null }
      project.specificObjective = random.pick(['A2A', 'A2B', 'C1'])
      if (random.chance(0.4)) project.secondaryThemes = ['Motverka barnfattigdom']
      project.nuts2 = region.nuts2 ?? 'SE0'
      project.recipientPostalCode = `${random.int(1, 9)}${random.digits(4)}`
      project.recipientCity = home.name.toUpperCase()
      project.interventionType = random.pick(['140', '163'])
      project.plannedParticipants = random.chance(0.1) ? 0 : random.int(20, 2000)
      project.strategicImportance = random.chance(0.05)
      break
    }
    case 'E': {
      // The current site's page prints the number, the title and the prose only.
      project.projectNumber = `25-${random.digits(3)}-S${random.digits(2)}`
      project.region = null
      project.owner = null
      break
    }
  }

  if (layout === 'A') {
    const homeArea = municipalitiesOf(region.name)
    if (random.chance(0.85)) {
      project.municipalities = random
        .sample(homeArea, random.int(1, 15))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
        .map(municipalityRef)
    }
    if (random.chance(0.5)) {
      project.partners = Array.from({ length: random.int(1, 6) }, () =>
        organisation(random, random.pick(homeArea)),
      )
    }
    if (random.chance(0.3)) {
      project.actors = Array.from({ length: random.int(1, 10) }, () => random.pick(v.units))
    }
  }
  fillProse(random, project, targetBytes, measure)
  return project
}

/** Adds paragraphs to the layout's sections until the rendered sheet reaches `targetBytes`. */
function fillProse(
  random: Random,
  project: Project,
  targetBytes: number,
  measure: (project: Project) => number,
): void {
  const headed = project.layout === 'A' || project.layout === 'B'
  const names = headed
    ? SECTION_NAMES.filter((name) => random.chance(SECTION_ODDS[name]))
    : (['summary'] as const)
  const joiner = random.chance(0.2) ? '\n' : '\n\n'
  const paragraphs = new Map<SectionName, string[]>(names.map((name) => [name, []]))
  const extra = headed && random.chance(0.15) ? random.pick(VOCABULARY.otherHeadings) : null
  const extraParagraphs: string[] = []
  const apply = (): void => {
    for (const [name, texts] of paragraphs) {
      project.sections[name] = texts.length > 0 ? texts.join(joiner) : null
    }
    project.otherSections =
      extra === null || extraParagraphs.length === 0
        ? []
        : [{ heading: extra, text: extraParagraphs.join(joiner) }]
  }
  // Every chosen section gets one paragraph, then paragraphs go to random sections.
  for (const texts of paragraphs.values()) texts.push(paragraph(random, random.int(1, 4)))
  if (extra !== null) extraParagraphs.push(paragraph(random, random.int(1, 3)))
  apply()
  let size = measure(project)
  const targets = [...paragraphs.values(), ...(extra === null ? [] : [extraParagraphs])]
  while (size < targetBytes) {
    const text = paragraph(random, random.int(2, 6))
    random.pick(targets).push(text)
    size += Buffer.byteLength(text) + joiner.length
  }
  apply()
}
