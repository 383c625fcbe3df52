import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { diagnosticsTable, TABLE_END, TABLE_START } from '../../scripts/diagnostics-table.js'
import { USAGE } from '../../src/cli/usage.js'

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8')

/** Table cells without the padding the formatter adds, so only content is compared. */
const cells = (table: string): string[][] =>
  table
    .trim()
    .split('\n')
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/^-+$/, '---')),
    )

test('the README lists exactly the diagnostic codes of the model', () => {
  // On failure: pnpm tsx scripts/diagnostics-table.ts --write
  const section = readme.slice(
    readme.indexOf(TABLE_START) + TABLE_START.length,
    readme.indexOf(TABLE_END),
  )
  expect(cells(section)).toEqual(cells(diagnosticsTable()))
})

test('the README shows the CLI help as the CLI prints it', () => {
  expect(readme).toContain(`\`\`\`text\n${USAGE}\n\`\`\``)
})
