import { parseArgs } from 'node:util'

// Like the parser's cli/args.ts only in calling node:util parseArgs: options, checks and
// messages differ, and a published parser should not export CLI plumbing for an app.

/** A command line that cannot be run; the CLI prints the message and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** What the command line asks for. */
export interface CliArgs {
  paths: string[]
  incremental: boolean
  index: string | undefined
  dataDir: string | undefined
  report: string | undefined
  allowErrors: boolean
  json: boolean
  dryRun: boolean
  batchSize: number | undefined
  quiet: boolean
  /** Redaction list file (`--redact`, else `PROJEKTBANK_REDACT_FILE`, read by the runner). */
  redact: string | undefined
  help: boolean
}

export const USAGE = `Usage: projektbank-index [options] <path…>

Parses ESF project sheets and indexes them into Meilisearch, without downtime.
A path is a sheet, a directory (every .txt file below it), or - for one sheet on stdin.

Options:
  --incremental       Update the live index in place: send new and changed sheets only,
                      delete documents whose sheet is gone (default: full rebuild and swap)
  --index <name>      Live index (default: projects)
  --data-dir <dir>    Embedded Meilisearch's data directory
                      (default: $PROJEKTBANK_DATA_DIR, else <repo>/.projektbank/meilisearch)
  --report <file>     Write the JSON report to <file>
  --allow-errors      Exit 0 even if sheets have error diagnostics
  --json              Print the JSON report on stdout; logs stay on stderr
  --dry-run           Parse and report only; no Meilisearch
  --batch-size <n>    Documents per request (default: 1000)
  --redact <file>     Keep the people in <file> out of the index: one project id or e-mail
                      address per line, # comments (default: $PROJEKTBANK_REDACT_FILE)
  --quiet             Log only warnings and errors
  -h, --help          Show this help

Environment:
  MEILI_URL           Use this Meilisearch instead of starting the embedded one
  MEILI_MASTER_KEY    Its master key (or MEILI_ADMIN_KEY, an admin API key)
  PROJEKTBANK_DATA_DIR  Data directory (see --data-dir)
  PROJEKTBANK_REDACT_FILE  Redaction list (see --redact)

Exit codes: 0 done, 1 sheets with errors or a failed run, 2 usage error.
`

/**
 * Reads the command line. Throws a {@link UsageError} that says what is wrong.
 *
 * @example
 * parseCliArgs(['--incremental', 'seeds/']).incremental // true
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  const args: CliArgs = {
    paths: positionals,
    incremental: values.incremental ?? false,
    index: values.index,
    dataDir: values['data-dir'],
    report: values.report,
    allowErrors: values['allow-errors'] ?? false,
    json: values.json ?? false,
    dryRun: values['dry-run'] ?? false,
    batchSize: undefined,
    quiet: values.quiet ?? false,
    redact: values.redact,
    help: values.help ?? false,
  }
  if (args.help) return args
  if (values['batch-size'] !== undefined) {
    const size = Number(values['batch-size'])
    if (!Number.isInteger(size) || size < 1 || size > 100_000) {
      throw new UsageError(
        `--batch-size must be a whole number from 1 to 100000, found ${JSON.stringify(values['batch-size'])}`,
      )
    }
    args.batchSize = size
  }
  if (args.index !== undefined && !/^[A-Za-z0-9_-]+$/.test(args.index)) {
    throw new UsageError(
      `--index must be letters, digits, - and _, found ${JSON.stringify(args.index)}`,
    )
  }
  if (args.dryRun && args.incremental) {
    throw new UsageError('--dry-run and --incremental exclude each other')
  }
  if (args.paths.length === 0) {
    throw new UsageError('No paths given: name the sheets or directories to index (e.g. seeds/)')
  }
  return args
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      incremental: { type: 'boolean' },
      index: { type: 'string' },
      'data-dir': { type: 'string' },
      report: { type: 'string' },
      'allow-errors': { type: 'boolean' },
      json: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'batch-size': { type: 'string' },
      quiet: { type: 'boolean' },
      redact: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}
