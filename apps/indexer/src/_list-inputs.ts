import { readFileSync } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { text } from 'node:stream/consumers'

/** One sheet to read: a file, or standard input. */
export interface SheetInput {
  /** Path as shown in reports: relative to the working directory when below it. */
  name: string
  /**
   * The sheet's bytes. Files are read synchronously: a sheet is a few kB, read in about 0.1 ms,
   * while an async read needs several event-loop turns that the parser, which keeps this thread
   * busy, would make wait.
   */
  read(): Uint8Array | Promise<Uint8Array>
}

/** A path given on the command line that cannot be read: a usage error, not a bad sheet. */
export class InputError extends Error {
  override readonly name = 'InputError'
}

/**
 * Expands the inputs into the list of sheets: files as given, directories recursively (every
 * `.txt` file, in path order, skipping hidden folders), `-` for one sheet on standard input.
 * Only paths are listed; contents are read later, a few at a time. Symbolic links are followed,
 * but a sheet reachable by several paths (a linked folder, a linked file, an input named twice)
 * is listed once, under the first path in that order, and a link back to a folder above it
 * ends there instead of recursing.
 *
 * @example
 * const sheets = await listInputs(['seeds/'])
 * sheets.map((sheet) => sheet.name) // ['seeds/a.txt', 'seeds/b.txt', …]
 */
export async function listInputs(
  inputs: readonly string[],
  options: { stdin?: NodeJS.ReadableStream; cwd?: string } = {},
): Promise<SheetInput[]> {
  const cwd = options.cwd ?? process.cwd()
  const sheets: SheetInput[] = []
  const seen: Seen = { folders: new Set(), sheets: new Set() }
  let stdinUsed = false
  for (const input of inputs) {
    if (input === '-') {
      if (stdinUsed) throw new InputError('`-` (standard input) can be given only once')
      stdinUsed = true
      const stream = options.stdin ?? process.stdin
      sheets.push({ name: '<stdin>', read: async () => Buffer.from(await text(stream), 'utf8') })
      continue
    }
    const path = resolve(cwd, input)
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(
        `Cannot read ${input}: ${error.code === 'ENOENT' ? 'no such file or directory' : error.message}`,
      )
    })
    if (info.isDirectory()) {
      for (const file of await walk(path, seen)) sheets.push(fileInput(file, cwd))
    } else if (firstVisit(seen.sheets, await realpath(path))) {
      sheets.push(fileInput(path, cwd))
    }
  }
  return sheets
}

/**
 * Real paths already listed in one `listInputs` call. Folders are keyed by their real path, so a
 * link to an ancestor (a cycle) or to a folder walked before adds nothing; sheets likewise, so a
 * sheet met again through a link is not indexed twice.
 */
interface Seen {
  folders: Set<string>
  sheets: Set<string>
}

// Not the parser CLI's walkInputs (cli/walk.ts), which streams in file-system order: an index
// run lists sheets sorted (runs and reports in a stable order) and skips hidden folders.
async function walk(dir: string, seen: Seen): Promise<string[]> {
  const realDir = await realpath(dir)
  if (!firstVisit(seen.folders, realDir)) return []
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const files: string[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    let isDirectory = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined)
      isDirectory = target?.isDirectory() ?? false
      isFile = target?.isFile() ?? false
    }
    if (isDirectory) files.push(...(await walk(path, seen)))
    else if (isFile && entry.name.toLowerCase().endsWith('.txt')) {
      // Only a linked file needs its own realpath call; a plain one lies in the real folder.
      const realFile = entry.isSymbolicLink() ? await realpath(path) : join(realDir, entry.name)
      if (firstVisit(seen.sheets, realFile)) files.push(path)
    }
  }
  return files
}

/** Records `key`; false when it was recorded before. */
function firstVisit(visited: Set<string>, key: string): boolean {
  if (visited.has(key)) return false
  visited.add(key)
  return true
}

function fileInput(path: string, cwd: string): SheetInput {
  const fromCwd = relative(cwd, path)
  const name = fromCwd && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) ? fromCwd : path
  return { name, read: () => readFileSync(path) }
}
