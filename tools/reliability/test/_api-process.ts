/**
 * The API as production runs it — `@projektbank/search-api`'s `projektbank-api` command, which
 * serves `createApp` with `@hono/node-server` and the Swedish analyser — in a child process of
 * its own, so that its resident memory is its own and not shared with the load generator.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** A running API process, see {@link startApiProcess}. */
export interface ApiProcess {
  /** `http://127.0.0.1:<port>` */
  url: string
  pid: number
  /** What the process wrote to stdout and stderr so far. */
  output(): string
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>
}

/** The file behind the package's `projektbank-api` bin, found through its package.json. */
function serverScript(): string {
  const manifest = createRequire(import.meta.url).resolve('@projektbank/search-api/package.json')
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }
  const script = bin['projektbank-api']
  if (script === undefined) throw new Error(`no projektbank-api bin in ${manifest}`)
  return join(dirname(manifest), script)
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((done) => child.once('exit', () => done()))
}

/**
 * Starts the API on a free loopback port against `meiliUrl` and resolves once `/ready` is 200.
 *
 * @example
 * const api = await startApiProcess({ meiliUrl: meili.url, searchKey })
 * await fetch(`${api.url}/search?q=unga`)
 * await api.stop()
 */
export async function startApiProcess(options: {
  meiliUrl: string
  searchKey: string
  env?: Record<string, string>
  /** Options for node itself, before the script (V8 flags). */
  nodeArgs?: readonly string[]
}): Promise<ApiProcess> {
  const args = [...(options.nodeArgs ?? []), serverScript(), '--port', '0']
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      MEILI_URL: options.meiliUrl,
      MEILI_SEARCH_KEY: options.searchKey,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8')
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const stop = async () => {
    const exited = waitForExit(child)
    child.kill('SIGTERM')
    await exited
  }
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const poll = setInterval(() => {
        const match = /"msg":"listening","port":(\d+)/.exec(output)
        if (match?.[1]) {
          clearInterval(poll)
          resolve(Number(match[1]))
        }
      }, 50)
      child.once('exit', (code, signal) => {
        clearInterval(poll)
        reject(new Error(`the API exited (${code ?? signal}) before listening:\n${output}`))
      })
    })
    const url = `http://127.0.0.1:${port}`
    await waitUntilReady(`${url}/ready`)
    if (child.pid === undefined) throw new Error('the API process has no pid')
    return { url, pid: child.pid, output: () => output, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

async function waitUntilReady(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const status = await fetch(url).then(
      (res) => res.status,
      () => 0,
    )
    if (status === 200) return
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`)
    await new Promise((wait) => setTimeout(wait, 100))
  }
}
