import { type ChildProcess, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

/**
 * The watchdog, run as `node -e WATCHDOG <binary> <args…>`. It starts the binary, prints
 * `{"pid":…}` on stdout, and stops the binary (SIGTERM, then SIGKILL after `graceMs`) when
 * its stdin reaches EOF. Our process holds the write end of that pipe and never writes to it:
 * however our process ends — `stop()`, a crash, even SIGKILL — the kernel closes the pipe, so
 * Meilisearch can never outlive us. It is inline source, not a file, so that it works the same
 * from `src/` under vitest/tsx and from `dist/`.
 */
const WATCHDOG = `
process.title = 'projektbank-meilisearch-watchdog'
const { spawn } = require('node:child_process')
const [binary, ...args] = process.argv.slice(1)
const graceMs = Number(process.env.PROJEKTBANK_WATCHDOG_GRACE_MS) || 5000
delete process.env.PROJEKTBANK_WATCHDOG_GRACE_MS
const child = spawn(binary, args, { stdio: ['ignore', 2, 2] })
let stopping = false
function stop() {
  if (stopping) return
  stopping = true
  child.kill('SIGTERM')
  setTimeout(() => child.kill('SIGKILL'), graceMs).unref()
}
child.on('spawn', () => process.stdout.write(JSON.stringify({ pid: child.pid }) + '\\n'))
child.on('error', (error) => {
  process.stderr.write('watchdog: cannot start ' + binary + ': ' + error.message + '\\n')
  process.exit(127)
})
child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGTERM' ? 0 : 1)))
process.stdin.on('end', stop)
process.stdin.on('error', stop)
process.stdin.on('close', stop)
process.stdin.resume()
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop)
`

/** A binary running under the watchdog. */
export interface WatchedProcess {
  watchdog: ChildProcess
  /** Pid of the binary itself (not of the watchdog). */
  pid: Promise<number>
  /** Resolves with the watchdog's exit code once both processes are gone. */
  exited: Promise<number | null>
  /** Closes the watchdog's stdin: the binary gets SIGTERM, then SIGKILL after the grace time. */
  release(): void
}

/** Starts `binary args…` under the watchdog, with `stdout` and `stderr` going to `logFd`. */
export function spawnWatched(
  binary: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; logFd: number; graceMs: number },
): WatchedProcess {
  const watchdog = spawn(process.execPath, ['-e', WATCHDOG, binary, ...args], {
    stdio: ['pipe', 'pipe', options.logFd],
    env: { ...options.env, PROJEKTBANK_WATCHDOG_GRACE_MS: String(options.graceMs) },
  })
  const exited = new Promise<number | null>((resolve) => {
    watchdog.once('exit', (code) => resolve(code))
    watchdog.once('error', () => resolve(null))
  })
  const pid = new Promise<number>((resolve, reject) => {
    const stdout = watchdog.stdout
    if (!stdout) {
      reject(new Error('the watchdog has no stdout'))
      return
    }
    const lines = createInterface({ input: stdout })
    lines.once('line', (line) => {
      const parsed: unknown = JSON.parse(line)
      if (
        typeof parsed === 'object' &&
        parsed &&
        'pid' in parsed &&
        typeof parsed.pid === 'number'
      ) {
        resolve(parsed.pid)
      } else reject(new Error(`the watchdog printed ${line}`))
    })
    void exited.then((code) => reject(new Error(`${binary} exited (code ${code}) before starting`)))
  })
  // The pid promise may lose the race against exit; callers await `exited` for that case.
  pid.catch(() => {})
  return {
    watchdog,
    pid,
    exited,
    release() {
      watchdog.stdin?.destroy()
    },
  }
}
