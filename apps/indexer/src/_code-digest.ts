import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * The packages whose code turns a sheet's bytes into the stored document: the parser reads
 * the sheet, the model builds the search document from the project.
 */
const DOCUMENT_CODE_PACKAGES = ['@projektbank/parser', '@projektbank/model'] as const

/** Built code only: source maps and type declarations do not change a document. */
const CODE_FILE = /\.c?js$/

/**
 * One hex digest of the code files (`.js`, `.cjs`) directly in `dirs`, taken in name order,
 * each with its folder's place in the list and its name, so a renamed or moved file counts
 * as a change.
 *
 * @example
 * codeFilesDigest(['/path/to/packages/parser/dist']) // '5e0b…' (64 hex digits)
 */
export function codeFilesDigest(dirs: readonly string[]): string {
  const hash = createHash('sha256')
  dirs.forEach((dir, place) => {
    for (const file of readdirSync(dir)
      .filter((name) => CODE_FILE.test(name))
      .sort()) {
      hash.update(`${place} ${file}\n`).update(readFileSync(join(dir, file)))
    }
  })
  return hash.digest('hex')
}

let cached: string | undefined

/**
 * The digest of the parser's and the model's built code, as this process loads them; computed
 * once per process. Stored in every document's content hash: after an upgrade of either, an
 * incremental run reparses every sheet instead of keeping documents the old code read (a
 * parser fix would otherwise reach only the sheets whose bytes changed).
 *
 * @example
 * documentCodeDigest() // '9f2c…' (64 hex digits)
 */
export function documentCodeDigest(): string {
  if (cached === undefined) {
    const require = createRequire(import.meta.url)
    cached = codeFilesDigest(DOCUMENT_CODE_PACKAGES.map((name) => dirname(require.resolve(name))))
  }
  return cached
}
