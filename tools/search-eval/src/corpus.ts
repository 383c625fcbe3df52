import { readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { Project } from '@projektbank/model'
import { parseSheet } from '@projektbank/parser'

/** A sheet of the evaluation corpus and the project the parser read from it. */
export interface CorpusSheet {
  /** File name, the key of the judgments. */
  file: string
  path: string
  project: Project
}

/**
 * Reads and parses every `.txt` sheet in `dirs`. Judgments name files, the index knows
 * project ids: this is the bridge. Fails on a sheet without a project, on parse errors and
 * on two sheets with one id, since any of them would silently skew the scores.
 *
 * @example
 * const sheets = await loadCorpus([SEEDS_DIR, SHEETS_DIR])
 * sheets[0]?.project.id // 'a-0399e62443b58d13'
 */
export async function loadCorpus(dirs: readonly string[]): Promise<CorpusSheet[]> {
  const sheets: CorpusSheet[] = []
  for (const dir of dirs) {
    const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort()
    for (const file of files) {
      const path = join(dir, file)
      const { project, diagnostics } = parseSheet(await readFile(path))
      const errors = diagnostics.filter((d) => d.severity === 'error')
      if (project === null || errors.length > 0) {
        const why = errors.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('; ')
        throw new Error(`${path} does not parse cleanly: ${why || 'no project'}`)
      }
      sheets.push({ file: basename(path), path, project })
    }
  }
  const byId = new Map<string, string>()
  for (const { file, project } of sheets) {
    const other = byId.get(project.id)
    if (other) throw new Error(`${file} and ${other} have the same project id ${project.id}`)
    byId.set(project.id, file)
  }
  return sheets
}
