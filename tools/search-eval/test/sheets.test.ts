import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSheet } from '@projektbank/parser'
import { expect, test } from 'vitest'
import { SHEETS_DIR } from '../src/paths.js'

const sheetFiles = readdirSync(SHEETS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()

// A fixture sheet that the parser warns about would measure the parser's slips, not search.
test.each(sheetFiles)('%s parses in its layout without warnings or errors', (file) => {
  const { project, diagnostics } = parseSheet(readFileSync(join(SHEETS_DIR, file)))
  const layout = file.slice(0, 1).toUpperCase()
  expect(project?.layout).toBe(layout)
  expect(
    diagnostics
      .filter((d) => d.severity !== 'info')
      .map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`),
  ).toEqual([])
})

test('sheet names follow <layout>-<nn>-<topic>.txt with a layout of A, C or D', () => {
  expect(sheetFiles.filter((f) => !/^[acd]-\d{2}-[a-z0-9-]+\.txt$/.test(f))).toEqual([])
})
