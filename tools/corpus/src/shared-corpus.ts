import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, found from this file (tools/corpus/src). */
const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url))

/**
 * Where the shared, hand-checked project-bank corpus is: `PROJEKTBANK_CORPUS` when set (relative
 * paths from the current directory), else `../shared/corpus` beside the repository. It may be
 * absent (CI, a fresh clone, a git worktree elsewhere); tests that read it say so when they skip.
 *
 * @example
 * sharedCorpusDir({ PROJEKTBANK_CORPUS: 'corpus' }) // '<cwd>/corpus'
 * existsSync(sharedCorpusDir()) // false on a fresh clone
 */
export function sharedCorpusDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.PROJEKTBANK_CORPUS?.trim()
  return configured ? resolve(configured) : resolve(REPOSITORY, '..', 'shared', 'corpus')
}
