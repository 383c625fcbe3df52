import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const readme = readFileSync(`${ROOT}README.md`, 'utf8')

interface Manifest {
  name: string
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}

/** Every workspace package under apps/ and packages/, by folder. */
const folders = ['apps', 'packages'].flatMap((group) =>
  readdirSync(`${ROOT}${group}`)
    .filter((name) => existsSync(`${ROOT}${group}/${name}/package.json`))
    .map((name) => `${group}/${name}`),
)
const manifest = (folder: string): Manifest =>
  JSON.parse(readFileSync(`${ROOT}${folder}/package.json`, 'utf8')) as Manifest
const folderOf = new Map(folders.map((folder) => [manifest(folder).name, folder]))

/** The workspace packages a folder's package.json depends on (not dev), as folders. */
function importsOf(folder: string): string[] {
  return Object.keys(manifest(folder).dependencies ?? {})
    .flatMap((name) => folderOf.get(name) ?? [])
    .sort()
}

/** Rows of the README's imports table: folder → listed folders. */
function tableRows(): Map<string, string[]> {
  const start = readme.indexOf('<!-- imports-table:start -->')
  const end = readme.indexOf('<!-- imports-table:end -->')
  const rows = new Map<string, string[]>()
  for (const line of readme.slice(start, end).split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim())
    const folder = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1]
    if (!folder) continue
    rows.set(folder, [...(cells[2] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '').sort())
  }
  return rows
}

test('the README lists what each app and package imports, as its package.json says', () => {
  const rows = tableRows()
  expect(rows.size).toBeGreaterThan(0)
  for (const [folder, imports] of rows) {
    expect({ folder, imports }).toEqual({ folder, imports: importsOf(folder) })
  }
  // Every app has a row (packages may arrive before their row does).
  expect(folders.filter((f) => f.startsWith('apps/') && !rows.has(f))).toEqual([])
})

test('no app imports another app, except the one-command start', () => {
  const crossing = folders
    .filter((folder) => folder.startsWith('apps/') && folder !== 'apps/start')
    .flatMap((folder) => importsOf(folder).map((target) => `${folder} → ${target}`))
    .filter((edge) => edge.split(' → ')[1]?.startsWith('apps/'))
  expect(crossing).toEqual([])
})

test('packages import no app', () => {
  const upward = folders
    .filter((folder) => folder.startsWith('packages/'))
    .flatMap((folder) => importsOf(folder).filter((target) => target.startsWith('apps/')))
  expect(upward).toEqual([])
})

test('no app or package names an app even among its devDependencies, except the start', () => {
  // Tests that need an indexed Meilisearch get it from tools/seeded-index, a tool.
  const named = folders
    .filter((folder) => folder !== 'apps/start')
    .flatMap((folder) =>
      Object.keys(manifest(folder).devDependencies ?? {})
        .flatMap((name) => folderOf.get(name) ?? [])
        .filter((target) => target.startsWith('apps/'))
        .map((target) => `${folder} → ${target}`),
    )
  expect(named).toEqual([])
})
