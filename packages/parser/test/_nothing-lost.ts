import type { Project } from '@projektbank/model'
import { parseSheet } from '../src/index.js'
import { linesLikeParser } from './_decode-like-parser.js'

/** Verdicts about the whole input (no project can be made); they account for every line. */
const WHOLE_INPUT = new Set(['binary-input', 'unknown-layout'])

const collapse = (text: string) => text.replace(/[\s\u200b]+/g, ' ').trim()

function valueAt(project: Project, path: string): unknown {
  let value: unknown = project
  for (const part of path.split('.')) {
    value = value !== null && typeof value === 'object' ? Reflect.get(value, part) : undefined
  }
  return value
}

/**
 * Parses with a trace and checks that every non-blank input line went to exactly one place,
 * and that the place really holds it: the section text contains the line, the list the item,
 * the field a value (or a diagnostic explains why not), the diagnostic exists at that line.
 * Returns what does not add up; an empty list is the proof that nothing was lost.
 *
 * @example
 * expect(unaccountedLines(text)).toEqual([])
 */
export function unaccountedLines(input: string | Uint8Array): string[] {
  const { project, diagnostics, trace = [] } = parseSheet(input, { trace: true })
  const problems: string[] = []
  const lines = linesLikeParser(input)
  const byLine = new Map<number, string[]>()
  for (const entry of trace)
    byLine.set(entry.line, [...(byLine.get(entry.line) ?? []), entry.target])
  const hasDiagnostic = (line: number, code?: string) =>
    diagnostics.some((d) => d.line === line && (code === undefined || d.code === code))
  // A diagnostic about a label and its value sits on the label's line and quotes the value.
  const quotes = (text: string, code: string) =>
    diagnostics.some((d) => d.code === code && collapse(d.actual ?? '').includes(text))

  lines.forEach((raw, index) => {
    const line = index + 1
    const text = collapse(raw)
    const targets = byLine.get(line) ?? []
    if (text === '') {
      if (targets.length > 0) problems.push(`line ${line} is blank but traced to ${targets}`)
      return
    }
    const [target, ...extra] = targets
    if (target === undefined || extra.length > 0) {
      problems.push(`line ${line} ${JSON.stringify(text.slice(0, 40))} went to [${targets}]`)
      return
    }
    const [kind = '', name = ''] = target.split(/:(.*)/s)
    const ok = ((): boolean => {
      if (kind === 'diagnostic' && WHOLE_INPUT.has(name))
        return diagnostics.some((d) => d.code === name)
      if (kind === 'diagnostic') return hasDiagnostic(line, name) || quotes(text, name)
      if (project === null) return false
      if (kind === 'title') return project.title !== null
      if (kind === 'label' || kind === 'heading') return true
      if (kind === 'field') {
        if (name === 'secondaryThemes' || hasDiagnostic(line)) return true
        const value = valueAt(project, name)
        return value !== null && value !== undefined
      }
      if (kind === 'section') {
        const section = valueAt(project, `sections.${name}`)
        return typeof section === 'string' && collapse(section).includes(text)
      }
      if (kind === 'other-section') {
        return project.otherSections.some(
          (s) => s.heading === name && collapse(s.text).includes(text),
        )
      }
      if (kind === 'list') {
        const items: string[] =
          name === 'municipalities'
            ? project.municipalities.map((m) => m.name)
            : name === 'partners'
              ? project.partners
              : project.actors
        return items.some((item) => text.endsWith(collapse(item)))
      }
      return false
    })()
    if (!ok)
      problems.push(`line ${line} ${JSON.stringify(text.slice(0, 40))} → ${target}, not there`)
  })
  for (const line of byLine.keys()) {
    if (line > lines.length) problems.push(`trace names line ${line}, past the end`)
  }
  return problems
}
