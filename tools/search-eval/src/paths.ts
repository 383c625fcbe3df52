import { fileURLToPath } from 'node:url'

/** The tool's own folder (`tools/search-eval`). */
export const TOOL_DIR = fileURLToPath(new URL('..', import.meta.url))

/** The fixture sheets written for the evaluation. */
export const SHEETS_DIR = fileURLToPath(new URL('../sheets', import.meta.url))

/** The repository's seed sheets, also judged. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../seeds', import.meta.url))

/** The relevance set. */
export const JUDGMENTS_FILE = fileURLToPath(new URL('../judgments.json', import.meta.url))

/** Every folder whose sheets are indexed and may be judged, in the order they are read. */
export const CORPUS_DIRS = [SEEDS_DIR, SHEETS_DIR] as const
