import { randomBytes } from 'node:crypto'
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * Reads a secret kept in a file, creating it with a random value on first use. The file is
 * mode 0600 (and repaired to 0600 if someone loosened it): it holds a key that grants write
 * access to the search data.
 */
export async function readOrCreateSecret(path: string): Promise<string> {
  const existing = await readSecret(path)
  if (existing) return existing
  await mkdir(dirname(path), { recursive: true })
  const secret = randomBytes(32).toString('base64url')
  try {
    // `wx`: if two launchers race, the first key wins and both read it back.
    await writeFile(path, `${secret}\n`, { mode: 0o600, flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  const stored = await readSecret(path)
  if (!stored) throw new Error(`${path} is empty; delete it to generate a new key`)
  return stored
}

/** Reads a secret file, or `undefined` when there is none. */
export async function readSecret(path: string): Promise<string | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  if (((await stat(path)).mode & 0o077) !== 0) await chmod(path, 0o600)
  return text.trim() || undefined
}

/** Writes a secret file with mode 0600, replacing what was there. */
export async function writeSecret(path: string, secret: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, `${secret}\n`, { mode: 0o600 })
  // `mode` only applies when the file is created.
  await chmod(path, 0o600)
}
