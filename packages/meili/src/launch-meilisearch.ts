import { closeSync, openSync, writeSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { findFreePort } from './_free-port.js'
import { locateMeilisearchBinary } from './_meilisearch-binary.js'
import { readOrCreateSecret } from './_secret-file.js'
import { sleep } from './_sleep.js'
import { portOwnership } from './_socket-owner.js'
import { spawnWatched, type WatchedProcess } from './_watchdog.js'
import { resolveDataDir } from './data-dir.js'
import { type Logger, silentLogger } from './logger.js'

/** Options of {@link launchMeilisearch}. */
export interface LaunchMeilisearchOptions {
  /** Where the database, binary and keys live; see {@link resolveDataDir} for the default. */
  dataDir?: string | undefined
  /** Loopback port; a free one is picked when absent. */
  port?: number | undefined
  /** Run this binary instead of the embedded one or the one on PATH. */
  binaryPath?: string | undefined
  /** Where the embedded binary is copied (default `<dataDir>/bin`); tests share one. */
  binDir?: string | undefined
  /** How long to wait for `/health` (default 30 s). */
  startTimeoutMs?: number | undefined
  /** How long Meilisearch gets to shut down after SIGTERM before SIGKILL (default 5 s). */
  stopGraceMs?: number | undefined
  /** Meilisearch's own log level, written to `<dataDir>/meilisearch.log` (default `WARN`). */
  logLevel?: 'ERROR' | 'WARN' | 'INFO' | 'DEBUG' | undefined
  /** Limits Meilisearch's indexing threads (default: Meilisearch's choice). */
  maxIndexingThreads?: number | undefined
  /**
   * Stop Meilisearch when this process gets SIGINT or SIGTERM, then let the signal take its
   * normal course (default true). Meilisearch is stopped anyway when this process dies; this
   * makes the stop graceful and awaited.
   */
  handleSignals?: boolean | undefined
  logger?: Logger | undefined
}

/**
 * A Meilisearch server started by {@link launchMeilisearch}, listening on 127.0.0.1.
 *
 * @example
 * const meili = await launchMeilisearch()
 * await fetch(`${meili.url}/health`) // {"status":"available"}
 * await meili.stop()
 */
export interface EmbeddedMeilisearch {
  /** `http://127.0.0.1:<port>`. */
  url: string
  /** The master key, kept in `<dataDir>/master-key` (mode 0600) and reused on the next start. */
  masterKey: string
  /** Pid of the Meilisearch process. */
  pid: number
  dataDir: string
  /** Meilisearch's own log file. */
  logFile: string
  version: string
  /** Stops Meilisearch (SIGTERM, SIGKILL after the grace time) and waits until it is gone. */
  stop(): Promise<void>
  /** Resolves when the server has exited, for whatever reason. */
  exited: Promise<void>
}

const HOST = '127.0.0.1'

/**
 * Starts a private Meilisearch for this process: the embedded binary (Linux x64) or one on
 * PATH, on a free loopback port, with its data and a generated master key in `dataDir`,
 * analytics off. It resolves only once the socket listening on the port is the child's own (a
 * process that took the port first gets no key: the start fails, or retries on a new free port). It runs under a watchdog that stops it when this process ends in any way,
 * including SIGKILL, so no Meilisearch is ever left behind.
 *
 * @example
 * const meili = await launchMeilisearch({ dataDir: '.projektbank/meilisearch' })
 * try {
 *   await indexSheets({ meili: { url: meili.url, apiKey: meili.masterKey }, inputs: ['seeds'] })
 * } finally {
 *   await meili.stop()
 * }
 */
export async function launchMeilisearch(
  options: LaunchMeilisearchOptions = {},
): Promise<EmbeddedMeilisearch> {
  const logger = options.logger ?? silentLogger
  const dataDir = resolveDataDir(options.dataDir)
  await mkdir(dataDir, { recursive: true })
  const binary = await locateMeilisearchBinary({
    binDir: options.binDir ?? join(dataDir, 'bin'),
    binaryPath: options.binaryPath,
  })
  const masterKey = await readOrCreateSecret(join(dataDir, 'master-key'))
  const logFile = join(dataDir, 'meilisearch.log')
  // A port picked by us can be taken by someone else before Meilisearch binds it: retry then.
  const attempts = options.port === undefined ? 3 : 1
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await findFreePort(HOST))
    const logStart = await fileLength(logFile)
    const started = await startOnce({
      ...options,
      dataDir,
      masterKey,
      logFile,
      port,
      binary: binary.path,
    })
    if (started.ok) {
      logger.info('meilisearch started', {
        url: started.url,
        pid: started.pid,
        version: binary.version,
        binary: binary.source,
        dataDir,
      })
      return {
        url: started.url,
        masterKey,
        pid: started.pid,
        dataDir,
        logFile,
        version: binary.version,
        stop: started.stop,
        exited: started.exited,
      }
    }
    const log = (await readFile(logFile, 'utf8').catch(() => '')).slice(logStart)
    const portTaken = /address already in use/i.test(log)
    if (portTaken && attempt >= attempts) {
      throw new Error(
        `Meilisearch could not listen on ${HOST}:${port}: another process holds that port (no key was sent to it). ${
          options.port === undefined
            ? `${attempts} free ports in a row were taken before Meilisearch could bind them.`
            : 'Choose another port or stop that process.'
        }`,
      )
    }
    if (!portTaken || started.fatal) {
      throw new Error(
        `Meilisearch did not start (${started.reason}). Last lines of ${logFile}:\n${lastLines(log, 15)}`,
      )
    }
    logger.debug('port taken, retrying', { port })
  }
}

type StartResult =
  | { ok: true; url: string; pid: number; stop(): Promise<void>; exited: Promise<void> }
  | { ok: false; reason: string; fatal?: boolean }

async function startOnce(
  options: LaunchMeilisearchOptions & {
    dataDir: string
    masterKey: string
    logFile: string
    port: number
    binary: string
  },
): Promise<StartResult> {
  const url = `http://${HOST}:${options.port}`
  const args = [
    '--db-path',
    join(options.dataDir, 'data.ms'),
    '--dump-dir',
    join(options.dataDir, 'dumps'),
    '--snapshot-dir',
    join(options.dataDir, 'snapshots'),
    '--http-addr',
    `${HOST}:${options.port}`,
    '--env',
    'production',
    '--no-analytics',
    '--log-level',
    options.logLevel ?? 'WARN',
    ...(options.maxIndexingThreads
      ? ['--max-indexing-threads', String(options.maxIndexingThreads)]
      : []),
  ]
  const logFd = openSync(options.logFile, 'a', 0o600)
  writeSync(logFd, `\n--- ${new Date().toISOString()} starting ${options.binary} on ${url}\n`)
  let child: WatchedProcess
  try {
    child = spawnWatched(options.binary, args, {
      // The key goes through the environment, not argv, where `ps` would show it to every user.
      env: {
        ...meiliFreeEnvironment(),
        MEILI_MASTER_KEY: options.masterKey,
        MEILI_NO_ANALYTICS: 'true',
      },
      logFd,
      graceMs: options.stopGraceMs ?? 5000,
    })
  } finally {
    // The watchdog has its own copy of the descriptor.
    closeSync(logFd)
  }
  const exited = child.exited.then(() => undefined)
  let gone = false
  void exited.then(() => {
    gone = true
  })
  const pid = await Promise.race([child.pid, exited.then(() => undefined)])
  if (pid === undefined) return { ok: false, reason: 'the process exited at once' }

  const stop = once(async () => {
    detach()
    child.release()
    const graceMs = options.stopGraceMs ?? 5000
    const stopped = await settlesWithin(exited, graceMs + 5000)
    if (!stopped) {
      // The watchdog should have done this; make sure nothing is left even if it hung.
      killQuietly(pid, 'SIGKILL')
      child.watchdog.kill('SIGKILL')
      await exited
    }
  })
  const onExit = () => child.release()
  const onSignal = (signal: NodeJS.Signals) => {
    void stop().then(() => {
      // Only re-raise when nobody else handles the signal: then the process ends as it would
      // have without us. Otherwise the other handler decides.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
    })
  }
  const detach = () => {
    process.off('exit', onExit)
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
  process.on('exit', onExit)
  if (options.handleSignals ?? true) {
    process.once('SIGINT', onSignal)
    process.once('SIGTERM', onSignal)
  }
  void exited.then(detach)

  // A healthy answer proves nothing by itself: another process may have taken the port before
  // Meilisearch bound it (and then answers in its place). Callers send the master key as soon
  // as this returns, so it returns only once the socket listening there is our child's.
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000)
  let impostor = false
  for (;;) {
    if (gone) {
      detach()
      return { ok: false, reason: 'the process exited before answering /health' }
    }
    if (await isHealthy(url)) {
      const ownership = await portOwnership(options.port, pid)
      if (ownership === 'owned') break
      if (ownership === 'unknown') {
        await stop()
        return {
          ok: false,
          fatal: true,
          reason: `cannot tell which process listens on ${url} (no /proc/net/tcp and no lsof), so no key is sent to it`,
        }
      }
      impostor = true
    }
    if (Date.now() > deadline) {
      await stop()
      return {
        ok: false,
        reason: impostor
          ? `another process answers on ${url}, not the Meilisearch we started`
          : `no healthy answer from ${url}/health within ${options.startTimeoutMs ?? 30_000} ms`,
      }
    }
    await sleep(50)
  }
  return { ok: true, url, pid, stop, exited }
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) })
    return response.ok && ((await response.json()) as { status?: string }).status === 'available'
  } catch {
    return false
  }
}

// Settings from the user's shell (MEILI_DB_PATH, MEILI_ENV, …) must not change the embedded
// server; everything it needs is passed explicitly.
function meiliFreeEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('MEILI_') && key !== 'NODE_OPTIONS',
    ),
  )
}

/** Whether `promise` settles within `ms`; the timer does not keep the process alive. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms)
  })
  try {
    return await Promise.race([promise.then(() => true), timeout])
  } finally {
    clearTimeout(timer)
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined
  return () => {
    running ??= fn()
    return running
  }
}

function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  } catch {
    // Already gone.
  }
}

async function fileLength(path: string): Promise<number> {
  return (await readFile(path, 'utf8').catch(() => '')).length
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n') || '(empty)'
}
