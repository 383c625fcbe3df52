/**
 * `@projektbank/client` as an app installs it: packed with the model, `npm install`ed into an
 * empty folder, it brings only the model and zod (no parser, indexer, API or Meilisearch
 * binary), its entry point imports nothing, and its README example, run there with Node,
 * prints against the real API (`projektbank-api` over the seeds) what the README says.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ApiProcess, startApiProcess } from './_api-process.js'
import {
  type InstalledPackage,
  installedPackages,
  installTarballs,
  pack,
} from './_packed-install.js'
import { type SeededMeilisearch, startSeededMeilisearch } from './_seeded.js'
import { createStats } from './_stats.js'

const stats = createStats('client-install')
const PACKAGES = fileURLToPath(new URL('../../../packages/', import.meta.url))
const README = join(PACKAGES, 'client', 'README.md')
/** The address the README's example is written for; the test's API listens elsewhere. */
const README_URL = 'http://127.0.0.1:8787'

/** The example's code and the output the README says it prints. */
async function readmeExample(): Promise<{ code: string; output: string }> {
  const readme = await readFile(README, 'utf8')
  const example = readme.slice(readme.indexOf('## Example'))
  const code = /```js\n([\s\S]*?)```/.exec(example)?.[1]
  const output = /```text\n([\s\S]*?)```/.exec(example)?.[1]
  if (code === undefined || output === undefined)
    throw new Error(`${README}: no js example with a text output block under "## Example"`)
  return { code, output }
}

let tmp: string
let appDir: string
let installed: InstalledPackage[]
let seeded: SeededMeilisearch | undefined
let api: ApiProcess | undefined

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'reliability-client-install-'))
  appDir = join(tmp, 'app')
  await mkdir(appDir)
  const client = await pack(join(PACKAGES, 'client'), tmp)
  const model = await pack(join(PACKAGES, 'model'), tmp)
  await installTarballs(appDir, { '@projektbank/client': client, '@projektbank/model': model })
  installed = await installedPackages(appDir)
  seeded = await startSeededMeilisearch()
  api = await startApiProcess({ meiliUrl: seeded.meili.url, searchKey: seeded.searchKey })
}, 600_000)

afterAll(async () => {
  await api?.stop()
  await seeded?.stop()
  if (tmp) await rm(tmp, { recursive: true, force: true })
  stats.flush()
})

describe('the packed @projektbank/client', () => {
  it('installs the model and zod, nothing of the parser, indexer, API or Meilisearch', () => {
    stats.cases++
    expect(installed.map((p) => p.name)).toEqual([
      '@projektbank/client',
      '@projektbank/model',
      'zod',
    ])
    const names = installed.map((p) => p.name).join(' ')
    expect(names).not.toMatch(/parser|indexer|search-api|meilisearch|hono/)
    const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`
    const total = installed.reduce((sum, p) => sum + p.bytes, 0)
    stats.notes.push(
      `npm install of the packed client: ${mib(total)} in node_modules (${installed
        .map((p) => `${p.name} ${mib(p.bytes)}`)
        .join(', ')})`,
    )
  })

  it('loads nothing at run time: its entry points import no module', async () => {
    stats.cases++
    const dist = join(appDir, 'node_modules', '@projektbank', 'client', 'dist')
    const esm = await readFile(join(dist, 'index.js'), 'utf8')
    const cjs = await readFile(join(dist, 'index.cjs'), 'utf8')
    expect(esm.match(/^\s*import\b|\bimport\(/gm)).toBeNull()
    expect(cjs.match(/\brequire\(/g)).toBeNull()
    stats.notes.push(`client entry: ${esm.length} bytes of ESM, ${cjs.length} of CJS`)
  })

  it('runs its README example against the real API and prints what the README says', async () => {
    stats.cases++
    const { code, output } = await readmeExample()
    const url = api?.url ?? ''
    expect(code).toContain(README_URL)
    await writeFile(join(appDir, 'example.mjs'), code.replaceAll(README_URL, url))
    const { stdout } = await promisify(execFile)(process.execPath, ['example.mjs'], {
      cwd: appDir,
      timeout: 60_000,
    })
    stats.requests += (code.match(/await api\./g) ?? []).length
    expect(stdout).toBe(output)
  })
})
