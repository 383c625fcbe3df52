export { linkedController, timeoutSignal } from './abort-signals.js'
export { resolveDataDir } from './data-dir.js'
export { DEFAULT_INDEX } from './default-index.js'
export { deleteDefaultKeys } from './delete-default-keys.js'
export {
  ensureSearchKey,
  readSearchKey,
  type SearchKey,
  storeSearchKey,
} from './ensure-search-key.js'
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
export { type ResolvedMeilisearch, resolveMeilisearch } from './resolve-meilisearch.js'
export { type VocabularyChunk, vocabularyIndexOf } from './vocabulary-index.js'
export { TaskError, type WaitForTaskOptions, waitForTask } from './wait-for-task.js'
