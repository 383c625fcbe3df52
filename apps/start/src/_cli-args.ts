import { parseArgs } from 'node:util'

/** Options of `pnpm start`. */
export interface StartArgs {
  port: number
  host: string
  /** Folder (or file) of sheets to index; `<repository>/seeds` when absent. */
  data: string | undefined
  help: boolean
}

/**
 * Parses `--port`, `--host`, `--data` and `--help`, falling back to `PORT` and `HOST`.
 * A bare `--` (what `pnpm start -- --port 9000` may pass on) is ignored.
 *
 * @example
 * parseStartArgs(['--', '--port', '9000'], {}).port // 9000
 */
export function parseStartArgs(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): StartArgs {
  const { values } = parseArgs({
    args: argv.filter((arg) => arg !== '--'),
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      data: { type: 'string', short: 'd' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  })
  const rawPort = values.port ?? env.PORT ?? '8787'
  const port = Number(rawPort)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`--port must be a port number (0–65535), got ${JSON.stringify(rawPort)}`)
  }
  return {
    port,
    host: values.host ?? env.HOST ?? '127.0.0.1',
    data: values.data,
    help: values.help ?? false,
  }
}
