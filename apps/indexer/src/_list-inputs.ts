import { readFileSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
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
 * Only paths are listed; contents are read later, a few at a time.
 */
export async function listInputs(
  inputs: readonly string[],
  options: { stdin?: NodeJS.ReadableStream; cwd?: string } = {},
): Promise<SheetInput[]> {
  const cwd = options.cwd ?? process.cwd()
  const sheets: SheetInput[] = []
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
      for (const file of await walk(path)) sheets.push(fileInput(file, cwd))
    } else {
      sheets.push(fileInput(path, cwd))
    }
  }
  return sheets
}

// Not the parser CLI's walkInputs (cli/walk.ts), which streams in file-system order: an index
// run lists sheets sorted (runs and reports in a stable order) and skips hidden folders.
async function walk(dir: string): Promise<string[]> {
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
    if (isDirectory) files.push(...(await walk(path)))
    else if (isFile && entry.name.toLowerCase().endsWith('.txt')) files.push(path)
  }
  return files
}

function fileInput(path: string, cwd: string): SheetInput {
  const fromCwd = relative(cwd, path)
  const name = fromCwd && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) ? fromCwd : path
  return { name, read: () => readFileSync(path) }
}
