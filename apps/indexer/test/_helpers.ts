import { join, resolve } from 'node:path'
import { sharedCorpusDir, generateCorpus as writeCorpus } from '@projektbank/corpus'
import { renderSheet } from '@projektbank/parser'

/** The repository root, for seeds/. */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..')
export const SEEDS_DIR = join(REPO_ROOT, 'seeds')
/** Hand-checked sheets shared by the team (`PROJEKTBANK_CORPUS`, else beside the repository); optional. */
export const SHARED_CORPUS_DIR = sharedCorpusDir()

export {
  eventually,
  isAlive,
  startTestMeilisearch,
  type TestMeilisearch,
} from '@projektbank/meili/testing'

/**
 * Writes `count` generated sheets to `out` with `@projektbank/corpus`, rendered by the parser.
 */
export async function generateCorpus(out: string, count: number, seed: number): Promise<void> {
  await writeCorpus({ count, seed, render: renderSheet }, out)
}
