import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { resolveDataDir, resolveMeilisearch } from '@projektbank/meili'
import { configFromEnv, serverLimitsFromEnv } from '@projektbank/search-api'
import { expect, test } from 'vitest'
import { parseStartArgs } from '../src/_cli-args.js'
import {
  CONFIGURATION,
  configurationTable,
  configuredVariables,
  TABLE_END,
  TABLE_START,
} from '../src/configuration.js'

const ROOT = new URL('../../../', import.meta.url)
const readme = readFileSync(new URL('README.md', ROOT), 'utf8')

/** Table cells without the padding a formatter adds, so only content is compared. */
const cells = (table: string): string[][] =>
  table
    .trim()
    .split('\n')
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/^-+$/, '---')),
    )

/** An environment that records every variable read from it. */
function recordingEnv(values: Record<string, string> = {}) {
  const read = new Set<string>()
  const env = new Proxy(values as NodeJS.ProcessEnv, {
    get(target, name) {
      if (typeof name === 'string') read.add(name)
      return target[name as string]
    },
  })
  return { env, read }
}

test('the root README shows exactly the configuration table of the code', () => {
  // On failure: pnpm --filter @projektbank/start exec tsx scripts/configuration-table.ts --write
  const section = readme.slice(
    readme.indexOf(TABLE_START) + TABLE_START.length,
    readme.indexOf(TABLE_END),
  )
  expect(readme.indexOf(TABLE_START)).toBeGreaterThan(0)
  expect(cells(section)).toEqual(cells(configurationTable()))
})

test('every variable the settings readers look at is in the table, and no other', async () => {
  const { env, read } = recordingEnv({ MEILI_URL: 'http://127.0.0.1:9' })
  configFromEnv(env)
  serverLimitsFromEnv(env)
  parseStartArgs([], env)
  resolveDataDir(undefined, env)
  // With MEILI_URL set nothing is started: it only reads the keys.
  await resolveMeilisearch({ env })
  // Read outside those readers: by the start itself and by `projektbank-api`.
  const start = readFileSync(
    fileURLToPath(new URL('../src/start-projektbank.ts', import.meta.url)),
    'utf8',
  )
  const cli = readFileSync(fileURLToPath(new URL('../src/start.ts', import.meta.url)), 'utf8')
  const server = readFileSync(fileURLToPath(new URL('apps/search-api/src/server.ts', ROOT)), 'utf8')
  for (const source of [start, cli, server]) {
    for (const match of source.matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)) read.add(match[1] ?? '')
  }
  expect([...read].sort()).toEqual(configuredVariables().sort())
})

test('every flag in the table is one `pnpm start` accepts', () => {
  const flags = CONFIGURATION.flatMap((setting) => setting.flags ?? [])
  expect(flags).toEqual(['--port', '-p', '--host', '--data', '-d'])
  expect(parseStartArgs(['--port', '9000', '--host', '::1', '--data', 'x'], {})).toMatchObject({
    port: 9000,
    host: '::1',
    data: 'x',
  })
  expect(parseStartArgs(['-p', '9001', '-d', 'y'], {})).toMatchObject({ port: 9001, data: 'y' })
})

test('MEILI_PARALLEL_FACETS is documented with its default', () => {
  expect(configurationTable()).toContain('| `MEILI_PARALLEL_FACETS` | `when-idle` |')
})
