import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { TOOL_DIR } from '../src/paths.js'

// The CLI as `pnpm eval:search` runs it, stopped before it launches anything.
function runCli(args: readonly string[], env: NodeJS.ProcessEnv) {
  const tsx = join(TOOL_DIR, 'node_modules', '.bin', 'tsx')
  return spawnSync(tsx, [join(TOOL_DIR, 'src', 'run.ts'), ...args], {
    cwd: TOOL_DIR,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })
}

test('--set holdout without the shared corpus says where it looked and exits 1', () => {
  const corpus = join(TOOL_DIR, 'no-such-corpus')
  const result = runCli(['--', '--set', 'holdout'], { PROJEKTBANK_CORPUS: corpus })
  expect(result.status).toBe(1)
  expect(result.stdout).toBe('')
  expect(result.stderr).toBe(
    `search-eval: --set holdout needs the shared corpus's sheets, but ${corpus} does not ` +
      'exist. Set PROJEKTBANK_CORPUS to the folder that holds them (A-*.txt, C-*.txt, ' +
      'D-*.txt). Nothing was run.\n',
  )
})

test('--set blind without the shared corpus exits 1 the same way', () => {
  const corpus = join(TOOL_DIR, 'no-such-corpus')
  const result = runCli(['--', '--set', 'blind'], { PROJEKTBANK_CORPUS: corpus })
  expect(result.status).toBe(1)
  expect(result.stdout).toBe('')
  expect(result.stderr).toBe(
    `search-eval: --set blind needs the shared corpus's sheets, but ${corpus} does not ` +
      'exist. Set PROJEKTBANK_CORPUS to the folder that holds them (A-*.txt, C-*.txt, ' +
      'D-*.txt). Nothing was run.\n',
  )
})

test('an unknown --set exits 1 before reading any judgments', () => {
  const result = runCli(['--set', 'tuned'], {})
  expect(result.status).toBe(1)
  expect(result.stderr).toContain('--set must be one of main, holdout, blind, got "tuned"')
  expect(result.stderr).not.toContain('queries,')
})
