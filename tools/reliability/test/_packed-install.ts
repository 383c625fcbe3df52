/**
 * A workspace package as a user gets it: `pnpm pack`ed (which writes the real versions in
 * place of `workspace:*`) and `npm install`ed into an empty folder from the tarballs, with the
 * rest from the npm registry.
 */
import { execFile } from 'node:child_process'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** pnpm as this run was started with it (`npx pnpm@…` or a global one). */
function pnpmCommand(): { file: string; args: string[] } {
  const execPath = process.env.npm_execpath
  if (execPath && /pnpm/.test(execPath)) return { file: process.execPath, args: [execPath] }
  return { file: 'pnpm', args: [] }
}

/**
 * Packs the package in `packageDir` into `destination`; resolves with the tarball's path.
 *
 * @example
 * const tarball = await pack(clientDir, tmp)
 */
export async function pack(packageDir: string, destination: string): Promise<string> {
  const pnpm = pnpmCommand()
  const before = new Set(await readdir(destination))
  await run(pnpm.file, [...pnpm.args, 'pack', '--pack-destination', destination], {
    cwd: packageDir,
  })
  const tarball = (await readdir(destination)).find((f) => f.endsWith('.tgz') && !before.has(f))
  if (tarball === undefined) throw new Error(`pnpm pack wrote no tarball for ${packageDir}`)
  return join(destination, tarball)
}

/**
 * Installs tarballs into the empty folder `appDir` as its dependencies; `overrides` pins a
 * package name to one of them wherever it is needed (a dependency of another tarball, not yet
 * on the registry).
 */
export async function installTarballs(
  appDir: string,
  tarballs: Record<string, string>,
): Promise<void> {
  const dependencies = Object.fromEntries(
    Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]),
  )
  const overrides = Object.fromEntries(Object.keys(tarballs).map((name) => [name, `$${name}`]))
  await writeFile(
    join(appDir, 'package.json'),
    `${JSON.stringify({ name: 'app', private: true, type: 'module', dependencies, overrides }, null, 2)}\n`,
  )
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--ignore-scripts',
      '--loglevel=error',
    ],
    { cwd: appDir, timeout: 300_000 },
  )
}

/** One installed package: its name and the bytes of its files. */
export interface InstalledPackage {
  name: string
  bytes: number
}

/**
 * Every package under `node_modules` (nested ones included) with the size of its own files.
 *
 * @example
 * (await installedPackages(appDir)).map((p) => p.name) // ['@projektbank/client', …]
 */
export async function installedPackages(appDir: string): Promise<InstalledPackage[]> {
  const found: InstalledPackage[] = []
  async function visitModules(dir: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      if (entry.name.startsWith('@')) await visitModules(path)
      else await visitPackage(path)
    }
  }
  async function visitPackage(dir: string): Promise<void> {
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as {
      name: string
    }
    found.push({ name: manifest.name, bytes: await ownBytes(dir) })
    await visitModules(join(dir, 'node_modules'))
  }
  await visitModules(join(appDir, 'node_modules'))
  return found.sort((a, b) => a.name.localeCompare(b.name))
}

/** Bytes of the files under `dir`, not counting nested `node_modules`. */
async function ownBytes(dir: string): Promise<number> {
  let bytes = 0
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') bytes += await ownBytes(path)
    } else if (entry.isFile()) bytes += (await stat(path)).size
  }
  return bytes
}
