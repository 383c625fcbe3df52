import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { expect } from 'vitest'

/** Golden files are rewritten only on request, never as a side effect of a failing run. */
export const UPDATE = process.env.UPDATE === '1'

/**
 * Compares a value with the JSON in `path`, or (re)writes the file when `UPDATE=1` is set.
 *
 * @example
 * expectGolden(parseSheet(text), 'test/golden/000.json')
 */
export function expectGolden(actual: unknown, path: string): void {
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) throw new Error(`${path} is missing; run the tests with UPDATE=1 to write it`)
    writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`)
    return
  }
  expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(readFileSync(path, 'utf8')))
}
