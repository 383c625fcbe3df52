import { join } from 'node:path'
import { sharedCorpusDir } from '@projektbank/corpus'

/**
 * Where the tests find real sheets: the five seeds, the golden fixtures, and the shared corpus
 * that lives beside the repository (`../shared/corpus`). `PROJEKTBANK_CORPUS` points at the
 * corpus from elsewhere, e.g. from a git worktree that is not next to it. CI and fresh clones
 * may not have it; the tests that read it say so when they skip.
 *
 * @example
 * readdirSync(SHEET_DIRS.seeds).length // 5
 */
export const SHEET_DIRS = {
  seeds: join(import.meta.dirname, '../../../seeds'),
  fixtures: join(import.meta.dirname, 'fixtures'),
  corpus: sharedCorpusDir(),
} as const
