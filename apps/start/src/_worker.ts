import { type ChildProcess, fork } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** The child processes of the one-command start, by their entry file's name. */
export type WorkerName = 'index-worker' | 'serve-worker'

/**
 * Variables a worker never inherits: the admin keys reach only the indexing worker, and only
 * through its IPC channel, so that no process can read them from another's environment.
 */
const WITHHELD = new Set(['MEILI_MASTER_KEY', 'MEILI_ADMIN_KEY'])

/**
 * Starts a worker: `dist/<name>.js` when this file runs built, or `src/<name>.ts` through tsx
 * when it runs from source (the tests). Its standard output and error are this process's, its
 * environment is `env` without the admin keys, and it talks back over IPC.
 *
 * @example
 * const child = forkWorker('serve-worker', process.env)
 */
export function forkWorker(name: WorkerName, env: NodeJS.ProcessEnv): ChildProcess {
  const here = fileURLToPath(import.meta.url)
  const fromSource = here.endsWith('.ts')
  const entry = fileURLToPath(new URL(`./${name}.${fromSource ? 'ts' : 'js'}`, import.meta.url))
  const execArgv = fromSource
    ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href]
    : []
  return fork(entry, [], {
    env: Object.fromEntries(Object.entries(env).filter(([key]) => !WITHHELD.has(key))),
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
}

/**
 * The first message from `child` that `pick` accepts, or a rejection when the child exits
 * first (with the error message it sent, if any).
 *
 * @example
 * const { url } = await nextMessage(child, (m) => (isListening(m) ? m : undefined))
 */
export function nextMessage<T>(
  child: ChildProcess,
  pick: (message: unknown) => T | undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let failure: string | undefined
    const onMessage = (message: unknown) => {
      if (isFailure(message)) failure = message.error
      const picked = pick(message)
      if (picked === undefined) return
      cleanUp()
      resolve(picked)
    }
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanUp()
      reject(
        new Error(failure ?? `the worker exited (${signal ?? `code ${code}`}) before answering`),
      )
    }
    const cleanUp = () => {
      child.off('message', onMessage)
      child.off('exit', onExit)
    }
    child.on('message', onMessage)
    child.on('exit', onExit)
  })
}

/** A worker's report that it failed; it exits right after. */
export interface WorkerFailure {
  readonly type: 'failed'
  readonly error: string
}

function isFailure(message: unknown): message is WorkerFailure {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'failed' &&
    typeof (message as { error?: unknown }).error === 'string'
  )
}

/**
 * Resolves when `child` has exited; SIGKILL after `graceMs` if it has not by then.
 *
 * @example
 * child.send({ type: 'stop' }); await exitOf(child, 5000)
 */
export async function exitOf(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  try {
    await exited
  } finally {
    clearTimeout(timer)
  }
}
