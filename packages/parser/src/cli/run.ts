import { once } from 'node:events'
import { readFile } from 'node:fs/promises'
import type { Readable, Writable } from 'node:stream'
import { parseSheet } from '../node.js'
import { parseCliArgs } from './args.js'
import {
  type FileReport,
  formatJsonLine,
  formatPretty,
  formatTotals,
  type Totals,
} from './format.js'
import { USAGE, UsageError } from './usage.js'
import { checkPaths, type InputFile, STDIN, walkInputs } from './walk.js'

/** The streams the CLI talks to; tests pass their own. */
export interface CliIo {
  readonly stdin: Readable
  readonly stdout: Writable
  readonly stderr: Writable
}

interface Loaded {
  readonly path: string
  readonly bytes?: Uint8Array
  readonly error?: string
}

async function load(input: InputFile, stdin: Readable): Promise<Loaded> {
  if (input.error !== undefined) return { path: input.path, error: input.error }
  try {
    if (input.path === STDIN) {
      const chunks: Buffer[] = []
      for await (const chunk of stdin) {
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
      }
      return { path: input.path, bytes: Buffer.concat(chunks) }
    }
    return { path: input.path, bytes: await readFile(input.path) }
  } catch (error) {
    return { path: input.path, error: error instanceof Error ? error.message : String(error) }
  }
}

function report(loaded: Loaded): FileReport {
  if (loaded.bytes === undefined) {
    return {
      file: loaded.path,
      project: null,
      diagnostics: [],
      error: loaded.error ?? 'unreadable',
    }
  }
  const { project, diagnostics } = parseSheet(loaded.bytes)
  return { file: loaded.path, project, diagnostics }
}

/** Writes a chunk, waiting for `drain` when the stream's buffer is full. */
async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain')
}

/**
 * Runs `projektbank-parse` and resolves to its exit code. Files are read at most `concurrency`
 * ahead, parsed one at a time and written in input order as soon as they are done, waiting for
 * the output to drain, so memory stays flat however many files there are.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), process)
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: ReturnType<typeof parseCliArgs>
  try {
    args = parseCliArgs(argv)
    if (args.help) {
      await write(io.stdout, `${USAGE}\n`)
      return 0
    }
    await checkPaths(args.paths)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`projektbank-parse: ${error.message}\n\n${USAGE}\n`)
    return 2
  }

  const totals: Totals = { files: 0, failed: 0, errors: 0, warnings: 0 }
  // A closed pipe surfaces as an 'error' event on stdout; without a listener it would crash.
  let broken: Error | undefined
  io.stdout.on('error', (error: Error) => {
    broken = error
  })
  const emit = async (loaded: Loaded): Promise<void> => {
    if (broken !== undefined) throw broken
    const result = report(loaded)
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length
    totals.files += 1
    totals.errors += errors
    totals.warnings += result.diagnostics.filter((d) => d.severity === 'warning').length
    if (errors > 0 || result.error !== undefined) totals.failed += 1
    await write(io.stdout, args.pretty ? formatPretty(result) : formatJsonLine(result))
  }

  try {
    // Reads run ahead in a window of `concurrency` files; results leave in input order.
    const window: Promise<Loaded>[] = []
    for await (const input of walkInputs(args.paths)) {
      window.push(load(input, io.stdin))
      const head = window.length >= args.concurrency ? window.shift() : undefined
      if (head !== undefined) await emit(await head)
    }
    for (const pending of window) await emit(await pending)
    if (args.pretty) await write(io.stdout, formatTotals(totals))
  } catch (error) {
    // The reader went away (`projektbank-parse dir | head`): stop quietly, like other tools.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return totals.failed > 0 ? 1 : 0
    throw error
  }
  return totals.failed > 0 ? 1 : 0
}
