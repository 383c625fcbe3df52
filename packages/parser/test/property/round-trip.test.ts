import { createHash } from 'node:crypto'
import { type Layout, type Project, ProjectSchema } from '@projektbank/model'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseSheet, renderSheet } from '../../src/index.js'
import './_config.js'
import { projectOf, renderOptionsOf, sectionText } from './_arbitraries.js'

/**
 * Fields the parser derives instead of reading them; each is checked on its own below.
 * - `id`: the slug of the project number, else a hash of title, owner and period.
 * - `source`: hash and size of the rendered bytes, unknown before rendering.
 * - `targetGroups`: found in the narrative by the parser's term list.
 * - `years`, `esfShare`: computed from the period and the two amounts.
 */
function printed(project: Project) {
  const { id, source, targetGroups, years, esfShare, ...rest } = project
  return rest
}

function yearsBetween(start: string | null, end: string | null): number[] {
  const first = Number((start ?? end ?? '').slice(0, 4))
  const last = Number((end ?? start ?? '').slice(0, 4))
  if (start === null && end === null) return []
  return Array.from({ length: last - first + 1 }, (_, index) => first + index)
}

function narrativeOf(project: Project): string {
  const texts = Object.values(project.sections).filter((text) => text !== null)
  return [...texts, ...project.otherSections.map((s) => s.text)].join('\n').toLowerCase()
}

const LAYOUTS: Layout[] = ['A', 'B', 'C', 'D', 'E']

describe.each(LAYOUTS)('layout %s: parseSheet(renderSheet(project))', (layout) => {
  test('gives back every field the layout prints', () => {
    fc.assert(
      fc.property(projectOf(layout), renderOptionsOf(layout), (project, options) => {
        expect(ProjectSchema.safeParse(project).success).toBe(true)
        const text = renderSheet(project, layout, options)
        const { project: parsed, diagnostics } = parseSheet(text)
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
        expect(parsed).not.toBeNull()
        if (parsed === null) return
        expect(printed(parsed)).toEqual(printed(project))
      }),
    )
  })

  test('derives id, source, years, ESF share and target groups from what it read', () => {
    fc.assert(
      fc.property(projectOf(layout), (project) => {
        const text = renderSheet(project, layout)
        const parsed = parseSheet(text).project
        expect(parsed).not.toBeNull()
        if (parsed === null) return
        const bytes = Buffer.from(text, 'utf8')
        expect(parsed.source).toEqual({
          sha256: createHash('sha256').update(bytes).digest('hex'),
          bytes: bytes.length,
        })
        expect(parsed.years).toEqual(
          yearsBetween(project.period?.start ?? null, project.period?.end ?? null),
        )
        const { esfGrant, totalBudget } = project
        if (esfGrant !== null && totalBudget !== null && totalBudget > 0) {
          // The share is rounded to four decimals: at most half a unit of the fourth off.
          expect(Math.abs((parsed.esfShare ?? Number.NaN) - esfGrant / totalBudget)).toBeLessThan(
            6e-5,
          )
        } else {
          expect(parsed.esfShare).toBeNull()
        }
        if (project.projectNumber !== null) {
          expect(parsed.id).toBe(project.projectNumber.toLowerCase().replace(/[^a-z0-9]+/g, '-'))
        } else {
          expect(parsed.id).toMatch(/^a-[0-9a-f]{16}$/)
        }
        const narrative = narrativeOf(project)
        for (const match of parsed.targetGroups) {
          expect(narrative).toContain(match.evidence.toLowerCase())
        }
        expect(ProjectSchema.safeParse(parsed).success).toBe(true)
      }),
    )
  })

  test('the id does not change when only the narrative does', () => {
    fc.assert(
      fc.property(projectOf(layout), sectionText, (project, summary) => {
        const edited = { ...project, sections: { ...project.sections, summary } }
        const before = parseSheet(renderSheet(project, layout)).project
        const after = parseSheet(renderSheet(edited, layout)).project
        expect(after?.id).toBe(before?.id)
      }),
    )
  })
})

/** Ways the same sheet reaches us from other tools; none may change what is read. */
const VARIANTS: Record<string, (text: string) => string> = {
  'CRLF line endings': (text) => text.replace(/\n/g, '\r\n'),
  'CR line endings': (text) => text.replace(/\n/g, '\r'),
  'a byte-order mark': (text) => `\ufeff${text}`,
  'a final newline': (text) => `${text}\n`,
  'trailing spaces on every line': (text) => text.replace(/\n/g, ' \n'),
  'no-break spaces and tabs at line ends': (text) => text.replace(/\n/g, '\u00a0\t\n'),
}

test.each(Object.keys(VARIANTS))('a sheet read with %s gives the same project', (variant) => {
  const change = VARIANTS[variant] ?? ((text: string) => text)
  fc.assert(
    fc.property(
      fc.constantFrom(...LAYOUTS).chain((layout) => projectOf(layout)),
      (project) => {
        const text = renderSheet(project)
        const plain = parseSheet(text).project
        const changed = parseSheet(change(text)).project
        expect(changed && printed(changed)).toEqual(plain && printed(plain))
      },
    ),
  )
})

test('rendered sheets have the byte shape of published pages', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...LAYOUTS).chain((layout) => projectOf(layout)),
      (project) => {
        const text = renderSheet(project)
        // LF only, no final newline, and U+00A0 only where layout A puts it (amounts, banners).
        expect([text.includes('\r'), text.endsWith('\n')]).toEqual([false, false])
        const nbspLines = text.split('\n').filter((line) => line.includes('\u00a0'))
        for (const line of nbspLines) {
          expect(line).toMatch(/^(Beviljat ESF-stöd|Total projektbudget)\d{1,3}(\u00a0\d{3})* kr$/)
        }
      },
    ),
  )
})

test('rendering what was parsed gives the same sheet again (fixed point)', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...LAYOUTS).chain((layout) => projectOf(layout)),
      (project) => {
        const once = renderSheet(project)
        const parsed = parseSheet(once).project
        expect(parsed).not.toBeNull()
        if (parsed !== null) expect(renderSheet(parsed)).toBe(once)
      },
    ),
  )
})
