import type { Layout } from '@projektbank/model'

/**
 * A value a label feeds, named by its dotted `Project` path (`contact.phone`), plus the two
 * halves of a split period and the secondary-theme flags of ESF+ pages.
 */
export type FieldKey =
  | 'title'
  | 'programArea'
  | 'phase'
  | 'owner'
  | 'contact.name'
  | 'contact.email'
  | 'contact.phone'
  | 'esfGrant'
  | 'totalBudget'
  | 'reportedCosts'
  | 'period'
  | 'period.start'
  | 'period.end'
  | 'region'
  | 'projectNumber'
  | 'caseNumber'
  | 'call'
  | 'plannedParticipants'
  | 'specificObjective'
  | 'cofinancingRate'
  | 'interventionType'
  | 'fund'
  | 'programmeCci'
  | 'country'
  | 'ownerOrgNumber'
  | 'nuts2'
  | 'recipientPostalCode'
  | 'recipientAddress'
  | 'recipientCity'
  | 'strategicImportance'
  | 'secondaryThemes'

/** Every label the four layouts print, as printed (without the colon of layouts C and D). */
const LABELS: Readonly<Record<string, FieldKey>> = {
  Namn: 'title',
  Name: 'title',
  Programområde: 'programArea',
  Projektfas: 'phase',
  Projektägare: 'owner',
  Kontaktperson: 'contact.name',
  'E-post': 'contact.email',
  Telefonnummer: 'contact.phone',
  'Beviljat ESF-stöd': 'esfGrant',
  'Total projektbudget': 'totalBudget',
  'Total Kostnader': 'reportedCosts',
  Projektperiod: 'period',
  Startdatum: 'period.start',
  Slutdatum: 'period.end',
  Region: 'region',
  Projektnummer: 'projectNumber',
  Diarienummer: 'caseNumber',
  Utlysning: 'call',
  'Planerat antal deltagare': 'plannedParticipants',
  'Antal deltagare': 'plannedParticipants',
  'Specifikt mål': 'specificObjective',
  'Unionens medfinansieringsgrad': 'cofinancingRate',
  Interventionstyp: 'interventionType',
  'Berörd fond': 'fund',
  'Program CCI': 'programmeCci',
  'Land som berörs': 'country',
  'Projektägare organisationsnummer': 'ownerOrgNumber',
  'NUTS-2 kod': 'nuts2',
  'Stödmottagare postnr': 'recipientPostalCode',
  'Stödmottagarens address': 'recipientAddress',
  'Stödmottagarens adress': 'recipientAddress',
  'Stödmottagare ort': 'recipientCity',
  'Insats av strategisk betydelse': 'strategicImportance',
}

const BY_LOWER_CASE = new Map(
  Object.entries(LABELS).map(([label, key]) => [label.toLowerCase(), key] as const),
)

/** `Sekundärtema - Motverka barnfattigdom`: the theme is part of the label. */
const SECONDARY_THEME = /^Sekundärtema\s*[-–]\s*(\S.*)$/i

/** A recognised label: which field it feeds and, for secondary themes, which theme. */
export interface LabelMatch {
  readonly key: FieldKey
  readonly theme: string | null
}

/**
 * Looks a label up, ignoring case and surrounding space.
 *
 * @example
 * findLabel('E-post') // { key: 'contact.email', theme: null }
 * findLabel('Sekundärtema - Motverka barnfattigdom') // { key: 'secondaryThemes', theme: 'Motverka barnfattigdom' }
 */
export function findLabel(label: string): LabelMatch | null {
  const text = label.trim()
  const key = BY_LOWER_CASE.get(text.toLowerCase())
  if (key !== undefined) return { key, theme: null }
  const theme = SECONDARY_THEME.exec(text)?.[1]
  return theme === undefined ? null : { key: 'secondaryThemes', theme: theme.trim() }
}

/**
 * The labels each layout prints on every page seen (LAYOUTS.md); a missing one is worth a
 * `missing-field` warning. Labels that only some pages have are left out on purpose.
 *
 * @example
 * EXPECTED_LABELS.A.length // 10
 */
export const EXPECTED_LABELS: Readonly<Record<Layout, readonly string[]>> = {
  A: [
    'Programområde',
    'Projektfas',
    'Projektägare',
    'Kontaktperson',
    'E-post',
    'Telefonnummer',
    'Beviljat ESF-stöd',
    'Total projektbudget',
    'Projektperiod',
    'Region',
  ],
  B: [
    'Programområde',
    'Region',
    'Utlysning',
    'Projektägare',
    'Projektnummer',
    'Planerat antal deltagare',
    'Projektperiod',
    'Total projektbudget',
    'Beviljat ESF-stöd',
    'Kontaktperson',
    'E-post',
  ],
  // No `Planerat antal deltagare`: two of four C pages from 2022 leave it out, and an address.
  C: [
    'Namn',
    'Projektnummer',
    'Projektägare',
    'Region',
    'Projektperiod',
    'Total projektbudget',
    'Beviljat ESF-stöd',
    'Kontaktperson',
    'E-post',
    'Specifikt mål',
  ],
  D: [
    'Diarienummer',
    'Namn',
    'Startdatum',
    'Slutdatum',
    'Land som berörs',
    'Berörd fond',
    'Program CCI',
    'Projektägare organisationsnummer',
    'Projektägare',
    'Unionens medfinansieringsgrad',
    'Programområde',
    'Specifikt mål',
    'Region',
    'NUTS-2 kod',
    'Stödmottagare postnr',
    'Stödmottagare ort',
    'Interventionstyp',
    'Antal deltagare',
    'Insats av strategisk betydelse',
  ],
  // The current site's page prints no labels at all (see `fields-not-printed`).
  E: [],
}

/**
 * The key a label feeds; for the expected-label lists, which always name real labels.
 *
 * @example
 * keyOfLabel('Namn') // 'title'
 */
export function keyOfLabel(label: string): FieldKey | null {
  return findLabel(label)?.key ?? null
}
