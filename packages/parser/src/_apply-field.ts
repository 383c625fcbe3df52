import {
  findProgramAreaByName,
  findRegion,
  PROGRAMME_PERIOD_BY_LAYOUT,
  type ProgramArea,
} from '@projektbank/model'
import { type Draft, type ParseContext, report } from './_context.js'
import { quote } from './_diagnostics.js'
import type { FieldKey, LabelMatch } from './_labels.js'
import { cleanValue } from './_lines.js'
import { parseAmount } from './fields/_amount.js'
import { parseIsoDate, splitPeriod } from './fields/_date.js'
import { parseCount, parseDigits, parsePercent, parseYesNo } from './fields/_numbers.js'
import { parsePhone } from './fields/_phone.js'
import { parseProgramArea } from './fields/_program-area.js'
import type { ValueResult } from './fields/_result.js'

/** What the site prints instead of a value it does not have. */
const PLACEHOLDERS = new Set(['saknas', 'uppgift saknas', '-', '–', '—'])

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Where a value stands in the input: its line (0-based) and 1-based column. */
export interface ValuePosition {
  readonly index: number
  readonly column: number
}

type NumericKey = 'esfGrant' | 'totalBudget' | 'reportedCosts'

const AMOUNT_FIELDS: Readonly<Record<NumericKey, true>> = {
  esfGrant: true,
  totalBudget: true,
  reportedCosts: true,
}

/** Plain-text fields copied as printed (trimmed, odd spaces made plain). */
const TEXT_FIELDS = {
  phase: 'phase',
  owner: 'owner',
  'contact.name': 'contactName',
  'contact.email': 'contactEmail',
  projectNumber: 'projectNumber',
  caseNumber: 'caseNumber',
  call: 'call',
  specificObjective: 'specificObjective',
  interventionType: 'interventionType',
  fund: 'fund',
  programmeCci: 'programmeCci',
  country: 'country',
  nuts2: 'nuts2',
  recipientAddress: 'recipientAddress',
  recipientCity: 'recipientCity',
  region: 'region',
  title: 'titleField',
} as const satisfies Partial<Record<FieldKey, keyof Draft>>

function isTextField(key: FieldKey): key is keyof typeof TEXT_FIELDS {
  return key in TEXT_FIELDS
}

/**
 * Reads one labelled value into the draft, reporting duplicates, empty values, placeholders and
 * values that do not have the expected shape. Returns the trace target for the value's line.
 *
 * @example
 * applyField(ctx, { key: 'esfGrant', theme: null }, 'Beviljat ESF-stöd', '450\u00a0000 kr', { index: 11, column: 18 })
 * ctx.draft.esfGrant // 450000
 */
export function applyField(
  ctx: ParseContext,
  match: LabelMatch,
  label: string,
  raw: string,
  at: ValuePosition,
): string {
  const { draft } = ctx
  const { key } = match
  const field = key === 'title' ? 'title' : key
  const line = at.index + 1
  const value = cleanValue(raw)
  const seenKey = match.theme === null ? key : (`secondaryThemes:${match.theme}` as const)
  if (key === 'contact.name' || key === 'contact.email' || key === 'contact.phone') {
    draft.hasContact = true
  }

  if (draft.seen.has(seenKey)) {
    report(ctx, 'duplicate-label', {
      line,
      column: at.column,
      field,
      message: `"${label}" occurs a second time; the first value is kept and this one, ${quote(value)}, is ignored`,
      actual: value,
      expected: 'each label once',
    })
    return 'diagnostic:duplicate-label'
  }
  draft.seen.add(seenKey)

  if (value === '') {
    report(ctx, 'empty-value', {
      line,
      column: at.column,
      field,
      message: `"${label}" has no value; ${field} is left empty`,
      actual: '',
    })
    return `field:${field}`
  }
  if (PLACEHOLDERS.has(value.toLowerCase())) {
    report(ctx, 'placeholder-value', {
      line,
      column: at.column,
      field,
      message: `"${label}" says ${quote(value)} instead of a value; ${field} is set to null`,
      actual: value,
    })
    return `field:${field}`
  }

  const fail = (code: Parameters<typeof report>[1], expected: string): string => {
    report(ctx, code, {
      line,
      column: at.column,
      field,
      message: `${label}: expected ${expected}, found ${quote(value)}`,
      actual: value,
      expected,
    })
    return `field:${field}`
  }
  const read = <T>(
    result: ValueResult<T>,
    code: Parameters<typeof report>[1],
    set: (v: T) => void,
  ) => {
    if (result.ok) set(result.value)
    else fail(code, result.expected)
    return `field:${field}`
  }

  if (isTextField(key)) {
    draft[TEXT_FIELDS[key]] = value
    if (key === 'contact.email' && !EMAIL.test(value)) {
      return fail('bad-email', 'an e-mail address such as name@example.se')
    }
    const region = key === 'region' ? findRegion(value) : null
    if (region !== null && region !== undefined && region.name !== value) {
      // One facet value per region: `Småland & Öarna` is `Småland och Öarna`.
      draft.region = region.name
      draft.asPrinted.region = value
    }
    if (region === undefined) {
      report(ctx, 'unknown-region', {
        line,
        column: at.column,
        field,
        message: `Region ${quote(value)} is not one of the eight ESF regions or ESF Nationellt; it is kept as printed`,
        actual: value,
        expected: 'an ESF region such as Övre Norrland',
      })
    }
    return `field:${field}`
  }
  if (key in AMOUNT_FIELDS) {
    const amountKey = key as NumericKey
    return read(parseAmount(value), 'bad-amount', (v) => {
      draft[amountKey] = v
    })
  }
  switch (key) {
    case 'programArea':
      return read(parseProgramArea(value), 'bad-number', (v) => {
        draft.programArea = canonicalArea(draft, v)
      })
    case 'contact.phone':
      return read(parsePhone(value), 'bad-phone', (v) => {
        draft.contactPhone = v
      })
    case 'period':
      return readPeriod(ctx, label, value, at)
    case 'period.start':
      return read(parseIsoDate(value), 'bad-date', (v) => {
        draft.periodStart ??= v
      })
    case 'period.end':
      return read(parseIsoDate(value), 'bad-date', (v) => {
        draft.periodEnd ??= v
      })
    case 'plannedParticipants':
      return read(parseCount(value), 'bad-number', (v) => {
        draft.plannedParticipants = v
      })
    case 'cofinancingRate':
      return read(parsePercent(value), 'bad-number', (v) => {
        draft.cofinancingRate = v
      })
    case 'ownerOrgNumber':
      return read(parseDigits(value, 10), 'bad-number', (v) => {
        draft.ownerOrgNumber = v
      })
    case 'recipientPostalCode':
      return read(parseDigits(value, 5), 'bad-number', (v) => {
        draft.recipientPostalCode = v
      })
    case 'strategicImportance':
      return read(parseYesNo(value), 'bad-number', (v) => {
        draft.strategicImportance = v
      })
    case 'secondaryThemes':
      return read(parseYesNo(value), 'bad-number', (v) => {
        if (v && match.theme !== null) draft.secondaryThemes.push(match.theme)
      })
    default:
      return `field:${field}`
  }
}

function readPeriod(ctx: ParseContext, label: string, value: string, at: ValuePosition): string {
  const line = at.index + 1
  const parts = splitPeriod(value)
  if (!parts.ok) {
    report(ctx, 'bad-date', {
      line,
      column: at.column,
      field: 'period',
      message: `${label}: expected two dates such as "2014-04-01 till 2014-10-31", found ${quote(value)}`,
      actual: value,
      expected: parts.expected,
    })
    return 'field:period'
  }
  const halves = [
    ['start', parts.value.start, parts.value.startOffset],
    ['end', parts.value.end, parts.value.endOffset],
  ] as const
  for (const [half, text, offset] of halves) {
    const date = parseIsoDate(text)
    if (date.ok) {
      if (half === 'start') ctx.draft.periodStart = date.value
      else ctx.draft.periodEnd = date.value
    } else {
      report(ctx, 'bad-date', {
        line,
        column: at.column + offset,
        field: `period.${half}`,
        message: `${label}: the ${half} date ${quote(text)} is not ${date.expected}`,
        actual: text,
        expected: date.expected,
      })
    }
  }
  return 'field:period'
}

/** The area with the code list's spelling of its name; the printed one goes to `asPrinted`. */
function canonicalArea(draft: Draft, area: ProgramArea): ProgramArea {
  if (area.name === null) return area
  const known = findProgramAreaByName(PROGRAMME_PERIOD_BY_LAYOUT[draft.layout], area.name)
  if (known === undefined || known.name === null || known.name === area.name) return area
  draft.asPrinted.programAreaName = area.name
  return { code: area.code, name: known.name }
}
