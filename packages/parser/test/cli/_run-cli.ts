import { spawn } from 'node:child_process'
import { join } from 'node:path'

const PACKAGE_DIR = join(import.meta.dirname, '../..')
const CLI = join(PACKAGE_DIR, 'src/cli.ts')

/** What a finished CLI run gave. */
export interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs the CLI from source in a child process (through tsx, so no build is needed), feeding
 * `stdin` when given, and collects its output and exit code.
 */
export function runCli(args: readonly string[], stdin?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: PACKAGE_DIR,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin ?? '')
  })
}

/** Spawns the CLI without waiting, for tests that need the live process. */
export function spawnCli(args: readonly string[]) {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: PACKAGE_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}
