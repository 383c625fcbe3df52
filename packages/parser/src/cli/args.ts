import { parseArgs } from 'node:util'
import { UsageError } from './usage.js'

/** What the command line asked for. */
export interface CliArgs {
  /** Files, directories and `-`, in the order given. */
  readonly paths: readonly string[]
  readonly pretty: boolean
  readonly help: boolean
  /** Files read ahead while the current one is parsed. */
  readonly concurrency: number
}

const DEFAULT_CONCURRENCY = 8

/**
 * Reads the command line; throws {@link UsageError} naming the problem.
 *
 * @example
 * parseCliArgs(['--pretty', 'seeds']) // { paths: ['seeds'], pretty: true, help: false, concurrency: 8 }
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    // node:util reports unknown options and missing option values with a message that names them.
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  const help = values.help ?? false
  const concurrency =
    values.concurrency === undefined ? DEFAULT_CONCURRENCY : Number(values.concurrency)
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 1024) {
    throw new UsageError(
      `--concurrency: expected a whole number from 1 to 1024, found ${JSON.stringify(values.concurrency)}`,
    )
  }
  if (!help && positionals.length === 0) {
    throw new UsageError('no input: give at least one file or directory, or - for standard input')
  }
  if (positionals.filter((path) => path === '-').length > 1) {
    throw new UsageError('- (standard input) can be given only once')
  }
  return { paths: positionals, pretty: values.pretty ?? false, help, concurrency }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      pretty: { type: 'boolean' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}
