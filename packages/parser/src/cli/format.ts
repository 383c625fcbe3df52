import type { Diagnostic, Project } from '@projektbank/model'

/** What the CLI knows about one input: parsed, or unreadable with the reason. */
export interface FileReport {
  readonly file: string
  readonly project: Project | null
  readonly diagnostics: readonly Diagnostic[]
  /** Set when the file could not be read; `project` is then null. */
  readonly error?: string
}

/**
 * One NDJSON line: `{"file","project","diagnostics"}` (plus `"error"` for unreadable files).
 *
 * @example
 * formatJsonLine({ file: 'a.txt', project: null, diagnostics: [] }) // '{"file":"a.txt","project":null,"diagnostics":[]}\n'
 */
export function formatJsonLine(report: FileReport): string {
  return `${JSON.stringify(report)}\n`
}

/**
 * A diagnostic the way compilers print them, so editors and terminals can jump to it:
 * `file:line:column severity code message`.
 *
 * @example
 * formatDiagnostic('a.txt', { code: 'bad-amount', severity: 'error', line: 12, column: 18, message: '…' })
 * // 'a.txt:12:18 error bad-amount …'
 */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const { line, column, severity, code, message } = diagnostic
  return `${file}:${line}:${column} ${severity} ${code} ${message}`
}

const kronor = (amount: number): string =>
  `${amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kr`

function keyFields(project: Project): string[] {
  const period = project.period
  const fields: [string, string | null | undefined][] = [
    ['number', project.projectNumber ?? project.caseNumber],
    ['owner', project.owner],
    ['region', project.region],
    ['period', period && `${period.start ?? '?'} – ${period.end ?? '?'}`],
    ['ESF grant', project.esfGrant === null ? null : kronor(project.esfGrant)],
    ['budget', project.totalBudget === null ? null : kronor(project.totalBudget)],
    ['contact', project.contact?.name],
    ['municipalities', project.municipalities.map((m) => m.name).join(', ') || null],
  ]
  return fields.flatMap(([name, value]) => (value ? [`  ${name}: ${value}`] : []))
}

/**
 * A readable block for one file: title and layout, the key fields, then each diagnostic as
 * `file:line:column severity code message`, and a blank line.
 */
export function formatPretty(report: FileReport): string {
  const lines = [report.file]
  if (report.error !== undefined) {
    lines.push(`  cannot read: ${report.error}`)
  } else if (report.project === null) {
    lines.push('  no project')
  } else {
    const { project } = report
    lines.push(
      `  ${project.title ?? '(no title)'} [layout ${project.layout}]`,
      ...keyFields(project),
    )
  }
  for (const diagnostic of report.diagnostics) {
    lines.push(`  ${formatDiagnostic(report.file, diagnostic)}`)
  }
  return `${lines.join('\n')}\n\n`
}

/** Counts for the last line of `--pretty` output. */
export interface Totals {
  files: number
  failed: number
  errors: number
  warnings: number
}

/** `3 files, 1 with errors (2 errors, 5 warnings)`. */
export function formatTotals(totals: Totals): string {
  const plural = (count: number, word: string): string =>
    `${count} ${word}${count === 1 ? '' : 's'}`
  return `${plural(totals.files, 'file')}, ${totals.failed} with errors (${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')})\n`
}
