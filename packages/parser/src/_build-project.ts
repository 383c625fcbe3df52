import { type Project, SECTION_NAMES } from '@projektbank/model'
import { type ParseContext, report } from './_context.js'
import { projectId } from './_id.js'
import { EXPECTED_LABELS, keyOfLabel } from './_labels.js'
import { findTargetGroups, type NarrativeText } from './_target-group-evidence.js'

/** Where the field block starts, for diagnostics about the block as a whole. */
export interface BlockPosition {
  readonly headerIndex: number
}

/**
 * Turns a filled draft into a `Project`: picks the title, fills the derived values (years, ESF
 * share, target groups, id) and reports what is missing or inconsistent.
 *
 * @example
 * buildProject(ctx, { headerIndex: 4 }, { sha256: '…', bytes: 7900 }, sha256Hex).id // '2020-00651'
 */
export function buildProject(
  ctx: ParseContext,
  block: BlockPosition,
  source: Project['source'],
  hash: (bytes: Uint8Array) => string,
): Project {
  const { draft } = ctx
  reportMissingLabels(ctx, block)

  const title = draft.titleField ?? draft.titleLine
  if (title === null) {
    report(ctx, 'missing-title', {
      line: block.headerIndex + 1,
      column: 1,
      field: 'title',
      message: 'No title line was found before the fields, and there is no Namn: field either',
      expected: 'the project name on a line of its own before the fields',
    })
  }

  const start = draft.periodStart
  const end = draft.periodEnd
  if (start !== null && end !== null && end < start) {
    report(ctx, 'period-reversed', {
      line: block.headerIndex + 1,
      column: 1,
      field: 'period',
      message: `The period ends (${end}) before it starts (${start}); both dates are kept as printed`,
      actual: `${start} – ${end}`,
    })
  }
  if (draft.esfGrant !== null && draft.totalBudget !== null && draft.esfGrant > draft.totalBudget) {
    report(ctx, 'grant-exceeds-budget', {
      line: block.headerIndex + 1,
      column: 1,
      field: 'esfGrant',
      message: `The ESF grant (${draft.esfGrant} kr) is larger than the total budget (${draft.totalBudget} kr)`,
      actual: String(draft.esfGrant),
      expected: `at most ${draft.totalBudget}`,
    })
  }

  const projectNumber = draft.projectNumber ?? draft.caseNumber ?? draft.titleNumber
  const sections = draft.sections
  const narrative: NarrativeText[] = []
  for (const name of SECTION_NAMES) {
    const text = sections[name]
    if (text !== null) narrative.push({ field: `sections.${name}`, text })
  }
  draft.otherSections.forEach((other, index) => {
    narrative.push({ field: `otherSections.${index}.text`, text: other.text })
  })

  return {
    id: projectId({ projectNumber, title, owner: draft.owner, start, end }, hash),
    title,
    layout: draft.layout,
    programArea: draft.programArea,
    phase: draft.phase,
    owner: draft.owner,
    contact: draft.hasContact
      ? { name: draft.contactName, email: draft.contactEmail, phone: draft.contactPhone }
      : null,
    esfGrant: draft.esfGrant,
    totalBudget: draft.totalBudget,
    reportedCosts: draft.reportedCosts,
    period: start === null && end === null ? null : { start, end },
    region: draft.region,
    projectNumber,
    caseNumber: draft.caseNumber,
    call: draft.call,
    plannedParticipants: draft.plannedParticipants,
    specificObjective: draft.specificObjective,
    cofinancingRate: draft.cofinancingRate,
    interventionType: draft.interventionType,
    fund: draft.fund,
    programmeCci: draft.programmeCci,
    country: draft.country,
    ownerOrgNumber: draft.ownerOrgNumber,
    nuts2: draft.nuts2,
    recipientPostalCode: draft.recipientPostalCode,
    recipientAddress: draft.recipientAddress,
    recipientCity: draft.recipientCity,
    strategicImportance: draft.strategicImportance,
    secondaryThemes: draft.secondaryThemes,
    sections,
    otherSections: draft.otherSections,
    partners: draft.partners,
    actors: draft.actors,
    municipalities: draft.municipalities,
    targetGroups: findTargetGroups(narrative),
    years: yearsOf(start, end),
    esfShare:
      draft.esfGrant !== null && draft.totalBudget !== null && draft.totalBudget > 0
        ? Math.round((draft.esfGrant / draft.totalBudget) * 1e4) / 1e4
        : null,
    source,
    ...(Object.keys(draft.asPrinted).length > 0 ? { asPrinted: draft.asPrinted } : {}),
  }
}

/**
 * Every calendar year a period touches; just the known year when one end is missing.
 *
 * @example
 * yearsOf('2009-07-01', '2012-12-31') // [2009, 2010, 2011, 2012]
 */
export function yearsOf(start: string | null, end: string | null): number[] {
  const first = start === null ? null : Number(start.slice(0, 4))
  const last = end === null ? null : Number(end.slice(0, 4))
  if (first === null && last === null) return []
  const from = Math.min(first ?? last ?? 0, last ?? first ?? 0)
  const to = Math.max(first ?? last ?? 0, last ?? first ?? 0)
  const years: number[] = []
  for (let year = from; year <= to; year += 1) years.push(year)
  return years
}

function reportMissingLabels(ctx: ParseContext, block: BlockPosition): void {
  const { draft } = ctx
  for (const label of EXPECTED_LABELS[draft.layout]) {
    const key = keyOfLabel(label)
    if (key === null || draft.seen.has(key)) continue
    report(ctx, 'missing-field', {
      line: block.headerIndex + 1,
      column: 1,
      field: key,
      message: `Layout ${draft.layout} always has the label "${label}", but this sheet's field block does not`,
      expected: label,
    })
  }
}
