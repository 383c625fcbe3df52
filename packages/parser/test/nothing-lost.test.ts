import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { unaccountedLines } from './_nothing-lost.js'

const dirs = {
  seeds: join(import.meta.dirname, '../../../seeds'),
  fixtures: join(import.meta.dirname, 'fixtures'),
  corpus: join(import.meta.dirname, '../../../../shared/corpus'),
}

const files = Object.entries(dirs).flatMap(([kind, dir]) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => [`${kind}/${name}`, join(dir, name)] as const)
    : [],
)

describe('every non-blank line ends up in a field, section, list or diagnostic', () => {
  if (!existsSync(dirs.corpus)) test.skip(`corpus not present at ${dirs.corpus}`, () => {})

  test.each(files)('%s', (_name, path) => {
    expect(unaccountedLines(readFileSync(path))).toEqual([])
  })
})
