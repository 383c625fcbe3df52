import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LEXICON_MAGIC, LEXICON_VERSION } from '../src/lexicon/format.js'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The tests read the real lexicon from dist/lexicon and import the built entry points, so a
 * bare `vitest run` on a clean clone builds them first, and a lexicon left over from an older
 * format is rebuilt. Under turbo the package's own `build` task has already run
 * (packages/analyzer/turbo.json), and this finds everything in place.
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
  if (!hasCurrentLexicon(join(packageRoot, 'dist/lexicon/sv.lexicon'))) {
    run(['--import', 'tsx', 'scripts/build-lexicon.ts'])
  }
}

function hasCurrentLexicon(path: string): boolean {
  if (!existsSync(path)) return false
  const header = readFileSync(path).subarray(0, 8)
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength)
  return (
    header.byteLength === 8 &&
    view.getUint32(0, true) === LEXICON_MAGIC &&
    view.getUint32(4, true) === LEXICON_VERSION
  )
}
