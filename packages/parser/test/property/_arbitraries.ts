import { asciiFold, blankProject, VOCABULARY } from '@projektbank/corpus'
import {
  countyOf,
  type Layout,
  MUNICIPALITIES,
  type MunicipalityRef,
  PROGRAM_AREAS,
  PROGRAMME_PERIOD_BY_LAYOUT,
  type Project,
  REGIONS,
  type Sections,
} from '@projektbank/model'
import fc from 'fast-check'
import type { RenderOptions } from '../../src/render/index.js'

const v = VOCABULARY
const from = <T>(items: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...items)
const orNull = <T>(arb: fc.Arbitrary<T>, freq = 5): fc.Arbitrary<T | null> =>
  fc.option(arb, { nil: null, freq })
const digits = (length: number): fc.Arbitrary<string> =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((d) => d.join(''))

/** A Swedish-looking sentence from the shared vocabulary; always ends with a full stop. */
const sentence: fc.Arbitrary<string> = fc
  .tuple(
    from([...v.subjects, ...v.agencies]),
    from(v.verbs),
    from(v.objects),
    orNull(from(v.adverbials), 2),
  )
  .map(([subject, verb, object, adverbial]) =>
    adverbial === null
      ? `${subject} ${verb} ${object}.`
      : `${subject} ${verb} ${object} ${adverbial}.`,
  )

/**
 * A paragraph: sentences on one line, or lines of the kinds real pages have inside a section
 * (a lead-in ending in a colon followed by `-` lines, an ALL-CAPS sub-heading, lines that start
 * with a heading or label word).
 */
const paragraph: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(from(v.claims), fc.array(from(v.objects), { minLength: 1, maxLength: 4 }))
      .map(([lead, items]) => [`${lead}:`, ...items.map((item) => `- ${item}`)].join('\n')),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(from(v.objects), sentence)
      .map(([heading, text]) => `${heading.toUpperCase()}\n${text}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(from(['Kommunen', 'Regionen', 'Bakgrunden', 'Syftet', 'Projektägare']), sentence)
      .map(([start, text]) => `${start} ${text.charAt(0).toLowerCase()}${text.slice(1)}`),
  },
)

/** Section text: paragraphs separated by a blank line or, as on some pages, a single newline. */
export const sectionText: fc.Arbitrary<string> = fc
  .tuple(fc.array(paragraph, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([paragraphs, blank]) => paragraphs.join(blank ? '\n\n' : '\n'))

const municipality = from(MUNICIPALITIES)

function refOf(m: (typeof MUNICIPALITIES)[number]): MunicipalityRef {
  return { name: m.name, code: m.code, county: countyOf(m)?.name ?? null }
}

/**
 * A Kommun list item: a municipality, sometimes as an alias or with `kommun` after it, rarely
 * not one at all.
 */
const municipalityRef: fc.Arbitrary<MunicipalityRef> = fc.oneof(
  { weight: 20, arbitrary: municipality.map(refOf) },
  {
    weight: 1,
    arbitrary: from(MUNICIPALITIES.filter((m) => m.aliases !== undefined)).chain((m) =>
      from(m.aliases ?? []).map((alias) => ({ ...refOf(m), name: alias })),
    ),
  },
  { weight: 1, arbitrary: municipality.map((m) => ({ ...refOf(m), name: `${m.name} kommun` })) },
  {
    weight: 1,
    arbitrary: from(['Ingenstans', 'Norden', 'Hela länet']).map((name) => ({
      name,
      code: null,
      county: null,
    })),
  },
)

const organisation: fc.Arbitrary<string> = fc
  .tuple(from(v.organisationPatterns), municipality, from(v.organisationWords))
  .map(([pattern, m, word]) =>
    pattern
      .replace('{municipality}', m.name)
      .replace('{county}', countyOf(m)?.shortName ?? 'Skåne')
      .replace('{word}', word),
  )

const owner: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: organisation },
  { weight: 1, arbitrary: fc.tuple(organisation, from(v.units)).map(([o, u]) => `${o}, ${u}`) },
)

/** Titles with the quirks of real pages: quotes, ` - ` inside, all capitals, dots, `+`, `/`. */
const title: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.tuple(from(v.titleNouns), municipality).map(([n, m]) => `${n} i ${m.name}`),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(from(v.titleNouns), from(v.titleGroups)).map(([n, g]) => `${n} för ${g}`),
  },
  { weight: 1, arbitrary: from(v.titleNouns).map((n) => `"${n} på G!"`) },
  { weight: 1, arbitrary: from(v.titleNouns).map((n) => `Steg för steg - ${n} 2.0`) },
  { weight: 1, arbitrary: from(v.titleNouns).map((n) => n.toUpperCase()) },
  { weight: 1, arbitrary: from(v.titleNouns).map((n) => `${asciiFold(n)}.nu`) },
  { weight: 1, arbitrary: from(v.titleNouns).map((n) => `${n}+ (2014–2016)/etapp 2`) },
)

const personName = fc.tuple(from(v.firstNames), from(v.lastNames))

const email: fc.Arbitrary<string> = fc
  .tuple(personName, municipality, fc.boolean())
  .map(([[first, last], m, capital]) => {
    const local = `${asciiFold(first)}.${asciiFold(last)}`
    return `${capital ? local.charAt(0).toUpperCase() + local.slice(1) : local}@${asciiFold(m.name)}.se`
  })

/** A Swedish phone number in E.164 as the model stores it. */
export const phone: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(from(['70', '72', '73', '76', '79']), digits(7)).map(([a, d]) => `+46${a}${d}`),
  fc.tuple(fc.integer({ min: 5, max: 8 }).chain(digits)).map(([d]) => `+468${d}`),
  fc
    .tuple(from(['10', '13', '19', '31', '40', '90']), fc.integer({ min: 5, max: 7 }).chain(digits))
    .map(([a, d]) => `+46${a}${d}`),
  fc
    .tuple(
      from(['455', '485', '547', '611', '920', '950']),
      fc.integer({ min: 5, max: 6 }).chain(digits),
    )
    .map(([a, d]) => `+46${a}${d}`),
)

const amount = fc.integer({ min: 0, max: 9_999_999_999 })

const DAY = 86_400_000
const isoDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10)

/** A period inside the years a layout's programme ran, 1 day to 6 years long. */
function period(firstYear: number, lastYear: number) {
  const first = Date.UTC(firstYear, 0, 1) / DAY
  const last = Date.UTC(lastYear, 11, 31) / DAY
  return fc
    .tuple(fc.integer({ min: first, max: last }), fc.integer({ min: 0, max: 6 * 366 }))
    .map(([start, length]) => ({ start: isoDay(start), end: isoDay(start + length) }))
}

const caseNumber2014 = fc
  .tuple(fc.integer({ min: 2014, max: 2020 }), digits(5))
  .map(([year, number]) => `${year}/${number}`)

const esfPlusNumber = fc
  .tuple(fc.integer({ min: 21, max: 27 }), digits(3), digits(2))
  .map(([year, number, part]) => `${year}-${number}-S${part}`)

const regionName = (national: boolean) =>
  from(REGIONS.filter((r) => national || r.nuts2 !== null).map((r) => r.name))

function areas(layout: Layout) {
  return PROGRAM_AREAS.filter((area) => area.period === PROGRAMME_PERIOD_BY_LAYOUT[layout])
}

/** Sections a headed layout (A, B) can print; C and D print only the summary. */
const headedSections: fc.Arbitrary<Sections> = fc.record({
  summary: orNull(sectionText, 10),
  background: orNull(sectionText),
  purpose: orNull(sectionText),
  goals: orNull(sectionText),
  accessibility: orNull(sectionText),
  genderEquality: orNull(sectionText),
  transnational: orNull(sectionText),
})

const summaryOnly: fc.Arbitrary<Sections> = orNull(sectionText, 10).map((summary) => ({
  ...blankProject('C').sections,
  summary,
}))

const otherSections = fc.array(fc.record({ heading: from(v.otherHeadings), text: sectionText }), {
  maxLength: 2,
})

const percent = from([0.4, 0.5, 0.6, 0.67, 0.9, 1, 0])

/** The fields of one layout; everything else keeps the blank project's null or []. */
function fieldsOf(layout: Layout): fc.Arbitrary<Partial<Project>> {
  const contact = fc.record({
    name: orNull(personName.map((n) => n.join(' '))),
    email: orNull(email),
  })
  switch (layout) {
    case 'A':
      return fc.record({
        title,
        programArea: orNull(
          fc.tuple(from(areas('A')), fc.boolean()).map(([area, named]) => ({
            code: area.code,
            name: named ? area.name : null,
          })),
        ),
        phase: orNull(from(['Genomförande', 'Förprojektering'])),
        owner: orNull(owner),
        contact: fc
          .tuple(contact, orNull(phone))
          .map(([c, p]) => ({ name: c.name, email: c.email, phone: p })),
        esfGrant: orNull(amount),
        totalBudget: orNull(amount),
        period: orNull(period(2007, 2014)),
        region: orNull(regionName(false)),
        sections: headedSections,
        otherSections,
        partners: fc.array(owner, { maxLength: 6 }),
        actors: fc.array(from(v.units), { maxLength: 6 }),
        municipalities: fc.array(municipalityRef, { maxLength: 12 }),
      })
    case 'B':
      // B pages are recognised by their bare labels alone; real ones print all eleven, so the
      // few that detection rests on are always there.
      return fc.record({
        title,
        programArea: orNull(from(areas('B')).map((area) => ({ code: area.code, name: area.name }))),
        region: regionName(false),
        call: orNull(caseNumber2014),
        owner,
        projectNumber: caseNumber2014,
        plannedParticipants: orNull(fc.integer({ min: 0, max: 100_000 })),
        period: period(2014, 2022),
        totalBudget: orNull(amount),
        esfGrant: orNull(amount),
        contact: orNull(
          fc.record({ name: personName.map((n) => n.join(' ')), email, phone: fc.constant(null) }),
        ),
        sections: headedSections,
        otherSections,
        partners: fc.array(owner, { maxLength: 4 }),
        actors: fc.array(from(v.units), { maxLength: 4 }),
        municipalities: fc.array(municipalityRef, { maxLength: 6 }),
      })
    case 'C':
      return fc
        .record({
          title,
          projectNumber: orNull(caseNumber2014),
          withCaseNumber: fc.boolean(),
          owner: orNull(owner),
          region: orNull(regionName(true)),
          plannedParticipants: orNull(fc.integer({ min: 0, max: 100_000 })),
          period: orNull(period(2014, 2023)),
          totalBudget: orNull(amount),
          reportedCosts: orNull(amount, 1),
          esfGrant: orNull(amount),
          contact: contact.map((c) => ({ ...c, phone: null })),
          recipientPostalCode: orNull(
            fc.tuple(fc.integer({ min: 1, max: 9 }), digits(4)).map((p) => p.join('')),
          ),
          recipientAddress: orNull(fc.constantFrom('Storgatan 1', 'Box 123'), 1),
          programArea: orNull(from(['1', '2', '3']).map((code) => ({ code, name: null }))),
          specificObjective: orNull(from(['1.1', '2.1', '2.2', '2.3', '3'])),
          cofinancingRate: orNull(percent),
          interventionType: orNull(from(['102', '103', '109', '117'])),
          sections: summaryOnly,
        })
        .map(({ withCaseNumber, ...fields }) => ({
          ...fields,
          caseNumber: withCaseNumber ? fields.projectNumber : null,
        }))
    case 'D':
      return fc
        .record({
          title,
          caseNumber: esfPlusNumber,
          otherNumber: orNull(esfPlusNumber, 1),
          start: orNull(period(2021, 2027)),
          country: orNull(fc.constant('Sverige')),
          fund: orNull(fc.constant('ESF+')),
          programmeCci: orNull(fc.constant('2021SE05SFPR')),
          ownerOrgNumber: orNull(digits(10)),
          owner: orNull(owner.map((o) => o.toUpperCase())),
          cofinancingRate: orNull(percent),
          programArea: orNull(from(areas('D')).map((area) => ({ code: area.code, name: null }))),
          specificObjective: orNull(from(['A2A', 'A2B', 'C1'])),
          secondaryThemes: fc.boolean().map((yes) => (yes ? ['Motverka barnfattigdom'] : [])),
          region: orNull(regionName(true)),
          nuts2: orNull(from(['SE0', 'SE11', 'SE22', 'SE23', 'SE31'])),
          recipientPostalCode: orNull(
            fc.tuple(fc.integer({ min: 1, max: 9 }), digits(4)).map((p) => p.join('')),
          ),
          recipientCity: orNull(municipality.map((m) => m.name.toUpperCase())),
          interventionType: orNull(from(['140', '163'])),
          plannedParticipants: orNull(fc.integer({ min: 0, max: 100_000 })),
          strategicImportance: orNull(fc.boolean()),
          sections: summaryOnly,
        })
        .chain(({ start, otherNumber, ...fields }) =>
          // ESF+ pages print start and end as two fields, so either may be missing.
          fc
            .record({ keepStart: fc.boolean(), keepEnd: fc.boolean() })
            .map(({ keepStart, keepEnd }) => ({
              ...fields,
              projectNumber: otherNumber ?? fields.caseNumber,
              period:
                start === null || (!keepStart && !keepEnd)
                  ? null
                  : { start: keepStart ? start.start : null, end: keepEnd ? start.end : null },
            })),
        )
    case 'E':
      // The current site's page: number, title and the narrative, nothing else.
      return fc.record({ title, projectNumber: esfPlusNumber, sections: headedSections })
  }
}

/**
 * A realistic project of one layout: Swedish words, real dates, amounts and municipalities,
 * and null or [] for every field the layout cannot print.
 */
export function projectOf(layout: Layout): fc.Arbitrary<Project> {
  return fieldsOf(layout).map((fields) => ({ ...blankProject(layout), ...fields }))
}

/** Presentation choices that must not change what is parsed. */
export function renderOptionsOf(layout: Layout): fc.Arbitrary<RenderOptions> {
  switch (layout) {
    case 'A':
      return fc.record({
        banner: from(['none', 'covid', 'webinar', 'maintenance'] as const),
        phoneStyle: from(['grouped', 'compact', 'digits', 'spaced'] as const),
      })
    case 'C':
    case 'E':
      return fc.record({ banner: from(['none', 'cookies'] as const) })
    default:
      return fc.constant({})
  }
}
