import { z } from 'zod'
import { LayoutSchema } from './layout.js'

const text = z.string().min(1)
const isoDate = z.iso.date().describe('ISO date, YYYY-MM-DD')

/**
 * A programme area as printed: `code` is `2` (2007–2020) or `A` (ESF+), `name` only when
 * the page spells it out (layout A does: "Programområde 2 Ökat arbetskraftsutbud").
 *
 * @example
 * ProgramAreaSchema.parse({ code: '2', name: 'Ökat arbetskraftsutbud' })
 */
export const ProgramAreaSchema = z.object({
  code: text.describe('Programme-area code as printed: "1", "2", "3.1", "A", "C"'),
  name: z.string().nullable().describe('Name of the area when the page gives it'),
})

/** A programme area, see {@link ProgramAreaSchema}. */
export type ProgramArea = z.infer<typeof ProgramAreaSchema>

/**
 * The contact person. Any part may be missing; `phone` is E.164 (`+46703881720`).
 *
 * @example
 * ContactSchema.parse({ name: 'Anna Berg', email: 'anna.berg@example.se', phone: '+4686001122' })
 */
export const ContactSchema = z.object({
  name: z.string().nullable().describe('Name as printed, sometimes with a role prefix'),
  email: z.string().nullable().describe('E-mail address as printed'),
  phone: z
    .string()
    .regex(/^\+46\d{6,12}$/)
    .nullable()
    .describe('Phone number in E.164 form'),
})

/** A contact person, see {@link ContactSchema}. */
export type Contact = z.infer<typeof ContactSchema>

/**
 * The project period. Either end may be missing (some 2014–2020 pages leave dates empty).
 *
 * @example
 * PeriodSchema.parse({ start: '2014-04-01', end: '2014-10-31' })
 */
export const PeriodSchema = z.object({
  start: isoDate.nullable(),
  end: isoDate.nullable(),
})

/** A project period, see {@link PeriodSchema}. */
export type Period = z.infer<typeof PeriodSchema>

/**
 * The narrative sections a sheet may have. Text keeps the sheet's paragraphs, joined by
 * a blank line; `null` when the sheet has no such section. Layouts C and D have no headings:
 * their prose is the `summary`.
 *
 * @example
 * SectionsSchema.shape.accessibility // text of "Tillgänglighet för personer med funktionsnedsättning"
 */
export const SectionsSchema = z.object({
  /** "Sammanfattning", or the unheaded prose of layouts C and D. */
  summary: z.string().nullable(),
  /** "Bakgrund". */
  background: z.string().nullable(),
  /** "Syfte". */
  purpose: z.string().nullable(),
  /** "Målsättning". */
  goals: z.string().nullable(),
  /** "Tillgänglighet för personer med funktionsnedsättning". */
  accessibility: z.string().nullable(),
  /** "Jämställdhetsintegrering". */
  genderEquality: z.string().nullable(),
  /** "Transnationellt samarbete". */
  transnational: z.string().nullable(),
})

/** Narrative sections of a sheet, see {@link SectionsSchema}. */
export type Sections = z.infer<typeof SectionsSchema>

/** Names of the narrative sections, in sheet order. */
export const SECTION_NAMES = Object.keys(SectionsSchema.shape) as (keyof Sections)[]

/** A name of a narrative section, e.g. `background`. */
export type SectionName = keyof Sections

/**
 * A section whose heading is not one of the seven known ones; kept, never dropped.
 *
 * @example
 * OtherSectionSchema.parse({ heading: 'Organisation', text: 'Projektet leds av …' })
 */
export const OtherSectionSchema = z.object({ heading: text, text: z.string() })

/** An extra section, see {@link OtherSectionSchema}. */
export type OtherSection = z.infer<typeof OtherSectionSchema>

/**
 * A municipality from the `Kommun` list. `code` and `county` are null when the name is not
 * one of the 290 Swedish municipalities (the parser then reports `unknown-municipality`). An
 * item that names a county instead (`Västerbottens län`) keeps `code` null and has that
 * county's name in `county` (`county-in-municipality-list` info).
 *
 * @example
 * MunicipalityRefSchema.parse({ name: 'Umeå', code: '2480', county: 'Västerbottens län' })
 */
export const MunicipalityRefSchema = z.object({
  name: text.describe('Name as printed'),
  code: z
    .string()
    .regex(/^\d{4}$/)
    .nullable()
    .describe('Official four-digit municipality code'),
  county: z.string().nullable().describe('County (län) the municipality belongs to'),
})

/** A municipality named by a sheet, see {@link MunicipalityRefSchema}. */
export type MunicipalityRef = z.infer<typeof MunicipalityRefSchema>

/**
 * Where the sentence that supports a target group stands: a narrative text of the project and
 * UTF-16 offsets into it (`end` exclusive), so that `text.slice(start, end)` is the sentence.
 *
 * @example
 * EvidenceSentenceSchema.parse({ field: 'sections.summary', start: 0, end: 58 })
 */
export const EvidenceSentenceSchema = z.object({
  /** The text, as a dotted `Project` path: `sections.background`, `otherSections.0.text`. */
  field: text.describe('Dotted Project path of the narrative text'),
  /** Offset of the sentence's first character in that text. */
  start: z.number().int().min(0),
  /** Offset just past the sentence's last character. */
  end: z.number().int().min(0),
})

/** Where a supporting sentence stands, see {@link EvidenceSentenceSchema}. */
export type EvidenceSentence = z.infer<typeof EvidenceSentenceSchema>

/**
 * A target group found in the narrative, with the phrase that gave it away and the sentence
 * that supports it. Only sentences about the project's participants count: staff who are
 * recruited, employers and the people staff care for do not make a target group.
 *
 * @example
 * TargetGroupMatchSchema.parse({ group: 'unga', evidence: 'unga som står långt från arbetsmarknaden' })
 */
export const TargetGroupMatchSchema = z.object({
  group: text.describe('Target-group value from TARGET_GROUPS'),
  evidence: text.describe('The phrase in the text that shows the group'),
  /** The supporting sentence (optional: absent in projects from older versions). */
  sentence: EvidenceSentenceSchema.optional(),
})

/** A detected target group, see {@link TargetGroupMatchSchema}. */
export type TargetGroupMatch = z.infer<typeof TargetGroupMatchSchema>

/**
 * Values as the page printed them, kept where the parser put the code list's canonical spelling
 * in the field itself. Each key is present only when the printed form differed.
 *
 * @example
 * AsPrintedSchema.parse({ region: 'Småland & Öarna' }) // project.region is 'Småland och Öarna'
 */
export const AsPrintedSchema = z.object({
  /** The region as printed (`Småland & Öarna`, `ESF nationellt`), when `region` was normalised. */
  region: z.string().optional(),
  /** The programme area's name as printed, when `programArea.name` was normalised. */
  programAreaName: z.string().optional(),
})

/** Printed forms of normalised values, see {@link AsPrintedSchema}. */
export type AsPrinted = z.infer<typeof AsPrintedSchema>

/**
 * Where a project came from: the SHA-256 of the input bytes and their count.
 *
 * @example
 * SourceSchema.parse({ sha256: 'e3b0c442…', bytes: 7900 })
 */
export const SourceSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
})

/** Provenance of a project, see {@link SourceSchema}. */
export type Source = z.infer<typeof SourceSchema>

/**
 * One ESF project as published in the project bank. JSON field names are part of the public
 * contract. Absent values are `null` (or `[]` for lists); placeholders such as `saknas` are
 * `null` too, with a diagnostic.
 *
 * @example
 * import { ProjectSchema } from '@projektbank/model'
 * const project = ProjectSchema.parse(JSON.parse(text))
 * project.period?.start // '2014-04-01'
 */
export const ProjectSchema = z.object({
  /** Stable identifier: the project or case number when the sheet has one, else a content-independent hash. */
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,127}$/),
  /** Project name as on the page (case-number prefix removed). */
  title: z.string().nullable(),
  /** Which page layout the sheet used. */
  layout: LayoutSchema,
  /** Programme area. */
  programArea: ProgramAreaSchema.nullable(),
  /** Phase: `Genomförande` or `Förprojektering` (layout A only). */
  phase: z.string().nullable(),
  /** Project owner (Projektägare) as printed. */
  owner: z.string().nullable(),
  /** Contact person; null when the page has no contact lines at all. */
  contact: ContactSchema.nullable(),
  /** Granted ESF support (Beviljat ESF-stöd), whole kronor. */
  esfGrant: z.number().int().min(0).nullable(),
  /** Total project budget, whole kronor. */
  totalBudget: z.number().int().min(0).nullable(),
  /** "Total Kostnader" on some 2014–2020 pages, whole kronor. */
  reportedCosts: z.number().int().min(0).nullable(),
  /** Project period. */
  period: PeriodSchema.nullable(),
  /**
   * ESF region: the code list's name (`Småland och Öarna`, `ESF Nationellt`) when the printed
   * one is a spelling of it (`Småland & Öarna`; the printed form is then in `asPrinted`), else
   * as printed.
   */
  region: z.string().nullable(),
  /** Project number (Projektnummer, or the Diarienummer of ESF+ pages). */
  projectNumber: z.string().nullable(),
  /** Case number (Diarienummer) when printed. */
  caseNumber: z.string().nullable(),
  /** The call (Utlysning) the project was granted under. */
  call: z.string().nullable(),
  /** Planned number of participants. */
  plannedParticipants: z.number().int().min(0).nullable(),
  /** Specific objective (Specifikt mål), e.g. `2.3`, `A2B`. */
  specificObjective: z.string().nullable(),
  /** Union co-financing rate as a fraction (0.5 for "50%"). */
  cofinancingRate: z.number().min(0).max(1).nullable(),
  /** Intervention type code, e.g. `109`. */
  interventionType: z.string().nullable(),
  /** Fund (Berörd fond), e.g. `ESF+`. */
  fund: z.string().nullable(),
  /** Programme CCI, e.g. `2021SE05SFPR`. */
  programmeCci: z.string().nullable(),
  /** Country concerned (Land som berörs). */
  country: z.string().nullable(),
  /** Owner's organisation number, 10 digits. */
  ownerOrgNumber: z.string().nullable(),
  /** NUTS-2 code as printed (`SE0` is used for national projects). */
  nuts2: z.string().nullable(),
  /** Recipient's postal code, 5 digits. */
  recipientPostalCode: z.string().nullable(),
  /** Recipient's street address when printed. */
  recipientAddress: z.string().nullable(),
  /** Recipient's city as printed. */
  recipientCity: z.string().nullable(),
  /** "Insats av strategisk betydelse". */
  strategicImportance: z.boolean().nullable(),
  /** Secondary themes marked `Ja`, e.g. `Motverka barnfattigdom`. */
  secondaryThemes: z.array(text),
  /** Narrative sections. */
  sections: SectionsSchema,
  /** Sections under headings that are not one of the known seven. */
  otherSections: z.array(OtherSectionSchema),
  /** Samarbetspartners, as listed (duplicates kept). */
  partners: z.array(text),
  /** Deltagande aktörer, as listed (duplicates kept). */
  actors: z.array(text),
  /** Kommun list, resolved against the official code list. */
  municipalities: z.array(MunicipalityRefSchema),
  /** Target groups detected in the narrative. */
  targetGroups: z.array(TargetGroupMatchSchema),
  /** Calendar years the period touches. */
  years: z.array(z.number().int()),
  /** ESF grant divided by total budget, when both are known and the budget is not 0. */
  esfShare: z.number().min(0).nullable(),
  /** Provenance of the input. */
  source: SourceSchema,
  /**
   * Printed forms of values that were normalised to the code list's spelling (optional: absent
   * when every value was printed the canonical way, and in projects from older versions).
   */
  asPrinted: AsPrintedSchema.optional(),
})

/** One ESF project, see {@link ProjectSchema}. */
export type Project = z.infer<typeof ProjectSchema>
