import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The tests read the real lexicon from dist/lexicon and import the built entry points, so a
 * bare `vitest run` on a clean clone builds them first. Under turbo the package's own `build`
 * task has already run (packages/analyzer/turbo.json), and this finds everything in place.
 */
export default function setup(): void {
  const run = (args: string[]): void => {
    execFileSync(process.execPath, args, { cwd: packageRoot, stdio: 'inherit' })
  }
  const built = ['dist/index.js', 'dist/index.cjs', 'dist/node.js', 'dist/node.cjs']
  if (!built.every((file) => existsSync(join(packageRoot, file)))) {
    // tsup cleans dist/, so it goes first and the lexicon is rebuilt after it.
    const tsup = createRequire(join(packageRoot, 'package.json')).resolve('tsup')
    run([join(dirname(tsup), 'cli-default.js')])
  }
  if (!existsSync(join(packageRoot, 'dist/lexicon/sv.lexicon'))) {
    run(['--import', 'tsx', 'scripts/build-lexicon.ts'])
  }
}
