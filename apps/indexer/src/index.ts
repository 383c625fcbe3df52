export { InputError } from './_list-inputs.js'
export { type CheckSheetsOptions, checkSheets } from './check-sheets.js'
export { formatReport } from './format-report.js'
export { INDEX_SETTINGS, type IndexSettings } from './index-settings.js'
export {
  type IndexProgress,
  IndexRunError,
  type IndexSheetsOptions,
  indexSheets,
} from './index-sheets.js'
export {
  parseRedactionList,
  type RedactionList,
  readRedactionList,
} from './redaction-list.js'
export type { DuplicateId, IndexFailure, IndexReport, IndexTimings } from './report.js'
