export {
  type ApplySettingsOptions,
  applyIndexSettings,
  indexSettingsDiffer,
} from './apply-index-settings.js'
export { resolveDataDir } from './data-dir.js'
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
export {
  checkTask,
  isFinished,
  TaskError,
  type WaitForTaskOptions,
  waitForTask,
} from './wait-for-task.js'
