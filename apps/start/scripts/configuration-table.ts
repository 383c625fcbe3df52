/**
 * Prints the root README's configuration table from CONFIGURATION, or with `--write` replaces the
 * table between the markers in README.md. test/configuration-table.test.ts checks that the README
 * is up to date.
 *
 *   pnpm --filter @projektbank/start exec tsx scripts/configuration-table.ts [--write]
 */
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { configurationTable, TABLE_END, TABLE_START } from '../src/configuration.js'

const README = fileURLToPath(new URL('../../../README.md', import.meta.url))

const readme = await readFile(README, 'utf8')
const start = readme.indexOf(TABLE_START)
const end = readme.indexOf(TABLE_END)
if (start < 0 || end < start)
  throw new Error(`README.md lacks the markers ${TABLE_START} … ${TABLE_END}`)
if (process.argv.includes('--write')) {
  const updated = `${readme.slice(0, start + TABLE_START.length)}\n${configurationTable()}\n${readme.slice(end)}`
  await writeFile(README, updated)
} else {
  process.stdout.write(`${configurationTable()}\n`)
}
