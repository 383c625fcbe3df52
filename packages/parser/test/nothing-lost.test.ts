import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parseSheet } from '../src/index.js'
import { unaccountedLines } from './_nothing-lost.js'
import { SHEET_DIRS } from './_sheet-dirs.js'

const dirs = SHEET_DIRS

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

describe('a line whose only home is a diagnostic is kept whole there', () => {
  const fixture = readFileSync(join(dirs.fixtures, 'layout-c.txt'), 'utf8')
  const prose = `Värdet ${'är en lång mening om projektet, '.repeat(12)}slut.`

  test('the value of an unknown label, longer than a quote', () => {
    const damaged = fixture.replace('Projektägare:', `Projektägarinna:\n${prose}\nProjektägare:`)
    const { diagnostics } = parseSheet(damaged)
    const unknown = diagnostics.find((d) => d.code === 'unknown-label')
    expect(prose.length).toBeGreaterThan(300)
    expect(unknown?.actual).toEqual(`Projektägarinna: ${prose}`)
    expect(unaccountedLines(damaged)).toEqual([])
  })

  test('a prose line inside the field block', () => {
    const damaged = fixture.replace('Projektägare:', `${prose}\nProjektägare:`)
    const unparsed = parseSheet(damaged).diagnostics.find((d) => d.code === 'unparsed-line')
    expect(unparsed?.actual).toEqual(prose)
  })

  test('other diagnostics still quote at most 200 characters', () => {
    const damaged = fixture.replace(/Beviljat ESF-stöd:\n[^\n]*/, `Beviljat ESF-stöd:\n${prose}`)
    const bad = parseSheet(damaged).diagnostics.find((d) => d.code === 'bad-amount')
    expect(bad?.actual).toHaveLength(200)
  })
})
