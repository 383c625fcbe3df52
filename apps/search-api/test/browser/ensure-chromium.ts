/**
 * Global setup of the browser tests: makes sure Debian's Chromium is there, installing it
 * with apt-get when this runs as root (a fresh CI container), and tells the tests where it is.
 * When it cannot be had, the tests are skipped — loudly, so a green run never hides that the
 * page went untested. Playwright never downloads a browser here.
 */
import { spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Chromium to drive, or `null` when none could be found or installed. */
    chromiumPath: string | null
  }
}

/** Debian's package puts its launcher here; `CHROMIUM_PATH` points elsewhere. */
const DEFAULT_CHROMIUM = '/usr/bin/chromium'

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function banner(lines: string[]): void {
  const rule = '!'.repeat(78)
  console.error(['', rule, ...lines.map((line) => `!! ${line}`), rule, ''].join('\n'))
}

/** Runs one command with its output on this terminal; true when it exits with 0. */
function run(command: string, args: string[]): boolean {
  console.log(`ensure-chromium: $ ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  return result.status === 0
}

function installWithApt(): { installed: boolean; reason: string } {
  if (process.platform !== 'linux') return { installed: false, reason: 'not Linux' }
  if (process.getuid?.() !== 0) return { installed: false, reason: 'not running as root' }
  if (!isExecutable('/usr/bin/apt-get')) return { installed: false, reason: 'no apt-get' }
  console.log(`ensure-chromium: ${DEFAULT_CHROMIUM} is missing; installing Debian's chromium`)
  if (!run('apt-get', ['update'])) return { installed: false, reason: 'apt-get update failed' }
  if (!run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])) {
    return { installed: false, reason: 'apt-get install chromium failed' }
  }
  return { installed: isExecutable(DEFAULT_CHROMIUM), reason: `${DEFAULT_CHROMIUM} still missing` }
}

/** Vitest global setup: finds or installs Chromium and provides `chromiumPath`. */
export default function ensureChromium(project: TestProject): void {
  const wanted = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM
  if (isExecutable(wanted)) {
    project.provide('chromiumPath', wanted)
    return
  }
  const attempt =
    wanted === DEFAULT_CHROMIUM
      ? installWithApt()
      : { installed: false, reason: 'CHROMIUM_PATH is set' }
  if (attempt.installed) {
    project.provide('chromiumPath', DEFAULT_CHROMIUM)
    return
  }
  banner([
    'BROWSER TESTS SKIPPED: no Chromium to drive.',
    `${wanted} does not exist and could not be installed (${attempt.reason}).`,
    'Install it with `apt-get install chromium` (as root), or set CHROMIUM_PATH,',
    'then run `pnpm --filter @projektbank/search-api test` again.',
  ])
  project.provide('chromiumPath', null)
}
