export { InputError } from './_list-inputs.js'
export {
  type ApplySettingsOptions,
  applyIndexSettings,
  indexSettingsDiffer,
} from './apply-index-settings.js'
export { type CheckSheetsOptions, checkSheets } from './check-sheets.js'
export { resolveDataDir } from './data-dir.js'
export {
  ensureSearchKey,
  readSearchKey,
  SEARCH_KEY_FILE,
  SEARCH_KEY_UID,
  type SearchKey,
  storeSearchKey,
} from './ensure-search-key.js'
export { formatReport } from './format-report.js'
export {
  DEFAULT_INDEX,
  INDEX_SETTINGS,
  type IndexSettings,
  MAX_TOTAL_HITS,
  MAX_VALUES_PER_FACET,
  SYNONYM_GROUPS,
  type SynonymGroup,
  synonymMap,
} from './index-settings.js'
export {
  type IndexProgress,
  IndexRunError,
  type IndexSheetsOptions,
  indexSheets,
} from './index-sheets.js'
export {
  type EmbeddedMeilisearch,
  type LaunchMeilisearchOptions,
  launchMeilisearch,
} from './launch-meilisearch.js'
export { createLogger, type LogFields, type Logger, type LogLevel, silentLogger } from './logger.js'
export {
  type MeiliConnection,
  MeiliRequestError,
  type MeiliRequestOptions,
  meiliRequest,
} from './meili-request.js'
export type { DuplicateId, IndexFailure, IndexReport, IndexTimings } from './report.js'
export { type ResolvedMeilisearch, resolveMeilisearch } from './resolve-meilisearch.js'
export {
  checkTask,
  isFinished,
  TaskError,
  type WaitForTaskOptions,
  waitForTask,
} from './wait-for-task.js'
