import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parseSheet } from '../src/index.js'
import { expectGolden } from './_golden.js'

const SEEDS = join(import.meta.dirname, '../../../seeds')
const FIXTURES = join(import.meta.dirname, 'fixtures')
const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'))
const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt'))

describe('seeds', () => {
  test('there are five', () => {
    expect(seeds.length).toEqual(5)
  })

  test.each(seeds)('%s matches test/golden (UPDATE=1 rewrites)', (name) => {
    const result = parseSheet(readFileSync(join(SEEDS, name)))
    expectGolden(result, join(import.meta.dirname, 'golden', name.replace(/\.txt$/, '.json')))
  })

  test.each(seeds)('%s has no error diagnostics', (name) => {
    const { diagnostics } = parseSheet(readFileSync(join(SEEDS, name)))
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })
})

describe('fixtures', () => {
  test.each(fixtures)('%s matches its .json (UPDATE=1 rewrites)', (name) => {
    const result = parseSheet(readFileSync(join(FIXTURES, name)))
    expectGolden(result, join(FIXTURES, name.replace(/\.txt$/, '.json')))
  })
})
