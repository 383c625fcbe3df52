import { fileURLToPath } from 'node:url'
import { sharedCorpusDir } from '@projektbank/corpus'

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

/**
 * The held-out relevance set: queries and judgments over the shared corpus's sheets, which no
 * threshold, weight or synonym of the search was tuned on.
 */
export const HOLDOUT_JUDGMENTS_FILE = fileURLToPath(
  new URL('../holdout-judgments.json', import.meta.url),
)

/**
 * The blind relevance set: new queries and judgments over the same shared sheets, written and
 * judged before any system ran on them, after the held-out set had been tuned on.
 */
export const BLIND_JUDGMENTS_FILE = fileURLToPath(
  new URL('../blind-judgments.json', import.meta.url),
)

/**
 * The folder of the held-out and blind sets' sheets: the shared, hand-checked corpus beside
 * the repository (or `PROJEKTBANK_CORPUS`). It may be absent; `resolveEvalSet` says so.
 *
 * @example
 * holdoutCorpusDir({ PROJEKTBANK_CORPUS: '/data/corpus' }) // '/data/corpus'
 */
export function holdoutCorpusDir(env: NodeJS.ProcessEnv = process.env): string {
  return sharedCorpusDir(env)
}
