import type {
  AsPrinted,
  Diagnostic,
  DiagnosticCode,
  Layout,
  MunicipalityRef,
  OtherSection,
  ProgramArea,
  Sections,
} from '@projektbank/model'
import { createDiagnostic, type DiagnosticDetails } from './_diagnostics.js'
import type { FieldKey } from './_labels.js'
import type { TraceEntry } from './parse-options.js'

/** The project as it is being read: printed values only, nothing derived yet. */
export interface Draft {
  layout: Layout
  /** Title from the title line (case-number prefix removed). */
  titleLine: string | null
  /** Case number printed in front of the title on C and D pages. */
  titleNumber: string | null
  /** Title from a `Namn:`/`Name:` field, which wins over the title line. */
  titleField: string | null
  programArea: ProgramArea | null
  phase: string | null
  owner: string | null
  /** Whether the page has any contact line at all; without one, `contact` is null. */
  hasContact: boolean
  contactName: string | null
  contactEmail: string | null
  contactPhone: string | null
  esfGrant: number | null
  totalBudget: number | null
  reportedCosts: number | null
  periodStart: string | null
  periodEnd: string | null
  region: string | null
  projectNumber: string | null
  caseNumber: string | null
  call: string | null
  plannedParticipants: number | null
  specificObjective: string | null
  cofinancingRate: number | null
  interventionType: string | null
  fund: string | null
  programmeCci: string | null
  country: string | null
  ownerOrgNumber: string | null
  nuts2: string | null
  recipientPostalCode: string | null
  recipientAddress: string | null
  recipientCity: string | null
  strategicImportance: boolean | null
  secondaryThemes: string[]
  sections: Sections
  otherSections: OtherSection[]
  partners: string[]
  actors: string[]
  municipalities: MunicipalityRef[]
  /** Printed forms of values normalised to the code list's spelling. */
  asPrinted: AsPrinted
  /** Fields whose label has been seen (secondary themes by `secondaryThemes:<theme>`). */
  seen: Set<FieldKey | `secondaryThemes:${string}`>
}

/**
 * An empty draft for a layout.
 *
 * @example
 * createDraft('C').owner // null
 */
export function createDraft(layout: Layout): Draft {
  return {
    layout,
    titleLine: null,
    titleNumber: null,
    titleField: null,
    programArea: null,
    phase: null,
    owner: null,
    hasContact: false,
    contactName: null,
    contactEmail: null,
    contactPhone: null,
    esfGrant: null,
    totalBudget: null,
    reportedCosts: null,
    periodStart: null,
    periodEnd: null,
    region: null,
    projectNumber: null,
    caseNumber: null,
    call: null,
    plannedParticipants: null,
    specificObjective: null,
    cofinancingRate: null,
    interventionType: null,
    fund: null,
    programmeCci: null,
    country: null,
    ownerOrgNumber: null,
    nuts2: null,
    recipientPostalCode: null,
    recipientAddress: null,
    recipientCity: null,
    strategicImportance: null,
    secondaryThemes: [],
    sections: {
      summary: null,
      background: null,
      purpose: null,
      goals: null,
      accessibility: null,
      genderEquality: null,
      transnational: null,
    },
    otherSections: [],
    partners: [],
    actors: [],
    municipalities: [],
    asPrinted: {},
    seen: new Set(),
  }
}

/** Everything a layout reader needs: the lines, where to report, and the draft to fill. */
export interface ParseContext {
  readonly lines: readonly string[]
  /** Whether the decoded text ended with a line break (then the last line is empty). */
  readonly endsWithNewline: boolean
  readonly diagnostics: Diagnostic[]
  /** Null unless the caller asked for a trace, so that tracing costs nothing by default. */
  readonly trace: TraceEntry[] | null
  readonly draft: Draft
}

/**
 * Records a diagnostic.
 *
 * @example
 * report(ctx, 'unparsed-line', { line: 3, column: 1, message: 'Line 3 …' })
 */
export function report(ctx: ParseContext, code: DiagnosticCode, details: DiagnosticDetails): void {
  ctx.diagnostics.push(createDiagnostic(code, details))
}

/**
 * Records where a line (0-based index) went, when tracing.
 *
 * @example
 * mark(ctx, 8, 'field:owner')
 */
export function mark(ctx: ParseContext, index: number, target: string): void {
  if (ctx.trace !== null) ctx.trace.push({ line: index + 1, target })
}
