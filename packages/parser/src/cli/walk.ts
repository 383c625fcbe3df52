import type { Dir } from 'node:fs'
import { opendir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { UsageError } from './usage.js'

/** `-`: the one sheet on standard input. */
export const STDIN = '-'

/**
 * Checks that every path exists before anything is printed, so that a typo is a usage error
 * (exit 2) rather than a half-written output.
 */
export async function checkPaths(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    if (path === STDIN) continue
    try {
      await stat(path)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const problem = code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code})`
      throw new UsageError(`${problem}: ${path}`)
    }
  }
}

/**
 * Yields the files to parse, one at a time: explicit files and `-` as given, directories walked
 * recursively for `*.txt` files. Directories are streamed with `opendir`, so a directory of
 * 100 000 sheets is never listed in memory; files come in the file system's order. Symbolic
 * links to directories are not followed, which rules out cycles.
 *
 * @example
 * for await (const { path } of walkInputs(['seeds', 'extra.sheet', '-'])) console.log(path)
 */
export async function* walkInputs(paths: readonly string[]): AsyncGenerator<InputFile> {
  for (const path of paths) {
    if (path === STDIN) {
      yield { path }
      continue
    }
    const stats = await stat(path)
    if (stats.isDirectory()) yield* walkDirectory(path)
    else yield { path }
  }
}

/** A file to parse, or a directory that could not be listed (with the reason). */
export interface InputFile {
  readonly path: string
  readonly error?: string
}

async function* walkDirectory(directory: string): AsyncGenerator<InputFile> {
  let handle: Dir
  try {
    handle = await opendir(directory)
  } catch (error) {
    yield { path: directory, error: error instanceof Error ? error.message : String(error) }
    return
  }
  for await (const entry of handle) {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) {
      yield* walkDirectory(path)
    } else if (/\.txt$/i.test(entry.name)) {
      if (entry.isFile()) yield { path }
      else if (entry.isSymbolicLink() && (await isFile(path))) yield { path }
    }
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}
