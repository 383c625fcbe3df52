import type { IndexReport } from './report.js'

/**
 * The human summary of a run, as `projektbank-index` prints it: counts, diagnostics per code,
 * every failure as `file:line:column code message`, and duplicate ids.
 *
 * @example
 * process.stdout.write(formatReport(report, { maxFailures: 50 }))
 * // Indexed 5 documents into projects (full rebuild) in 1.2 s.
 * // Sheets: 5 seen, 5 parsed, 0 unchanged, 5 indexed, 0 failed, 0 with errors.
 */
export function formatReport(
  report: IndexReport,
  options: {
    maxFailures?: number
    /** Where the failures past `maxFailures` can be seen (default `see --report`). */
    more?: string
  } = {},
): string {
  const lines: string[] = []
  const seconds = (report.timings.totalMs / 1000).toFixed(1)
  const { files, documents } = report
  if (report.mode === 'dry-run') {
    lines.push(`Checked ${files.seen} sheets in ${seconds} s (dry run, nothing indexed).`)
  } else {
    const how = report.mode === 'full' ? 'full rebuild' : 'incremental'
    lines.push(
      `Indexed into ${report.index} (${how}) in ${seconds} s: ${documents.total} documents, ` +
        `${documents.sent} sent, ${documents.deleted} deleted.`,
    )
  }
  lines.push(
    `Sheets: ${files.seen} seen, ${files.parsed} parsed, ${files.unchanged} unchanged, ` +
      `${files.indexed} indexed, ${files.failed} failed, ${files.withErrors} with errors.`,
  )
  const counts = Object.entries(report.diagnosticCounts).sort(([, a], [, b]) => b - a)
  if (counts.length > 0) {
    lines.push(`Diagnostics: ${counts.map(([code, count]) => `${code} ${count}`).join(', ')}.`)
  }
  if (report.failures.length > 0) {
    const max = options.maxFailures ?? Number.POSITIVE_INFINITY
    lines.push('Errors:')
    for (const failure of report.failures.slice(0, max)) {
      lines.push(
        `  ${failure.file}:${failure.line}:${failure.column} ${failure.code} ${failure.message}`,
      )
    }
    if (report.failures.length > max) {
      lines.push(`  … and ${report.failures.length - max} more (${options.more ?? 'see --report'})`)
    }
  }
  if (report.duplicateIds.length > 0) {
    lines.push('Duplicate project ids (the last file is the one indexed):')
    for (const duplicate of report.duplicateIds) {
      lines.push(`  ${duplicate.id}: ${duplicate.files.join(', ')}`)
    }
  }
  return `${lines.join('\n')}\n`
}
