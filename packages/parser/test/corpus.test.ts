import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Project } from '@projektbank/model'
import { describe, expect, test } from 'vitest'
import { parseSheet } from '../src/index.js'
import { SHEET_DIRS } from './_sheet-dirs.js'

/** The shared corpus lives beside the repository; CI and fresh clones may not have it. */
const CORPUS = SHEET_DIRS.corpus
const present = existsSync(CORPUS)
const cases = present
  ? readdirSync(CORPUS)
      .filter((name) => /^[A-D]-\d{3}\.txt$/.test(name))
      .sort()
  : []

if (!present) console.warn(`corpus not present at ${CORPUS}; the corpus test is skipped`)

const collapse = (text: unknown) =>
  typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : text
const lower = (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : text)

/**
 * The corpus README's flat form: section texts as top-level keys with white space collapsed,
 * municipalities as names, and owner, e-mail and recipient city compared case-insensitively.
 */
function flatten(project: Project, keys: readonly string[]): Record<string, unknown> {
  const sections: Record<string, unknown> = project.sections
  const all: Record<string, unknown> = { ...project, ...sections }
  const flat: Record<string, unknown> = {}
  for (const key of keys) {
    if (key in sections) flat[key] = collapse(sections[key])
    else if (key === 'municipalities') flat[key] = project.municipalities.map((m) => m.name)
    else flat[key] = all[key]
  }
  return normaliseCase(flat)
}

function normaliseCase(flat: Record<string, unknown>): Record<string, unknown> {
  const contact = flat.contact as Project['contact'] | undefined
  return {
    ...flat,
    owner: lower(flat.owner),
    recipientCity: lower(flat.recipientCity),
    contact: contact ? { ...contact, email: lower(contact.email) } : contact,
  }
}

function expectedOf(name: string): Record<string, unknown> {
  const raw = JSON.parse(readFileSync(join(CORPUS, name.replace(/\.txt$/, '.json')), 'utf8'))
  for (const key of Object.keys(raw)) {
    if (
      [
        'summary',
        'background',
        'purpose',
        'goals',
        'accessibility',
        'genderEquality',
        'transnational',
      ].includes(key)
    ) {
      raw[key] = collapse(raw[key])
    }
  }
  return normaliseCase(raw)
}

describe('shared corpus', () => {
  if (!present) test.skip(`corpus not present at ${CORPUS}`, () => {})

  test.skipIf(!present)('has sheets of layouts A, C and D', () => {
    expect(new Set(cases.map((name) => name.charAt(0)))).toEqual(new Set(['A', 'C', 'D']))
  })

  test.skipIf(!present).each(cases)('%s parses to the values of its .json', (name) => {
    const { project, diagnostics } = parseSheet(readFileSync(join(CORPUS, name)))
    const expected = expectedOf(name)
    expect(project).not.toBeNull()
    if (project === null) return
    expect(flatten(project, Object.keys(expected))).toEqual(expected)
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })
})
