import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/**
 * The directory where the embedded Meilisearch keeps its binary, database, master key and
 * the search key: the `dataDir` given, else `PROJEKTBANK_DATA_DIR`, else
 * `<repository root>/.projektbank/meilisearch` (the root is the nearest folder above `cwd`
 * with a `pnpm-workspace.yaml` or `.git`), else `<cwd>/.projektbank/meilisearch`.
 *
 * @example
 * resolveDataDir() // '<repository>/.projektbank/meilisearch'
 * resolveDataDir('data/pb') // '<cwd>/data/pb'
 */
export function resolveDataDir(
  dataDir?: string,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): string {
  if (dataDir) return resolve(cwd, dataDir)
  if (env.PROJEKTBANK_DATA_DIR) return resolve(cwd, env.PROJEKTBANK_DATA_DIR)
  return join(findRepositoryRoot(cwd) ?? resolve(cwd), '.projektbank', 'meilisearch')
}

function findRepositoryRoot(from: string): string | undefined {
  let dir = resolve(from)
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml')) || existsSync(join(dir, '.git'))) return dir
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}
