import { HIT_ATTRIBUTES } from './search-plan.js'

/** Columns of `/export`, in order; also the keys of an NDJSON record. */
export const EXPORT_COLUMNS = [
  'id',
  'title',
  'owner',
  'region',
  'counties',
  'municipalities',
  'programArea',
  'phase',
  'start',
  'end',
  'esfGrant',
  'totalBudget',
  'targetGroups',
  'layout',
] as const

/** Document attributes the export reads: a hit's, plus the counties and the layout. */
export const EXPORT_ATTRIBUTES = [...HIT_ATTRIBUTES, 'county', 'layout']

/** One exported project. */
export type ExportRecord = {
  [K in (typeof EXPORT_COLUMNS)[number]]: K extends 'counties' | 'municipalities' | 'targetGroups'
    ? string[]
    : K extends 'esfGrant' | 'totalBudget'
      ? number | null
      : string | null
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null)
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null)
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []

/**
 * The export record of a Meilisearch document.
 *
 * @example
 * toExportRecord({ id: 'x', county: ['Västerbottens län'] }).counties // ['Västerbottens län']
 */
export function toExportRecord(doc: Record<string, unknown>): ExportRecord {
  return {
    id: String(doc.id),
    title: str(doc.title),
    owner: str(doc.owner),
    region: str(doc.region),
    counties: list(doc.county),
    municipalities: list(doc.municipality),
    programArea: str(doc.programArea),
    phase: str(doc.phase),
    start: str(doc.startDate),
    end: str(doc.endDate),
    esfGrant: num(doc.esfGrant),
    totalBudget: num(doc.totalBudget),
    targetGroups: list(doc.targetGroup),
    layout: str(doc.layout),
  }
}

/** The CSV cells of a record: lists joined with `, ` (the cell is quoted as needed). */
export function exportCells(record: ExportRecord): (string | number | null)[] {
  return EXPORT_COLUMNS.map((column) => {
    const value = record[column]
    return Array.isArray(value) ? value.join(', ') : value
  })
}
