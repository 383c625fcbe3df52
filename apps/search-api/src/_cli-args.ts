import { parseArgs } from 'node:util'

/** Options of `projektbank-api` (`server.js`). */
export interface CliOptions {
  port: number
  host: string
  help: boolean
}

/**
 * Parses `--port`, `--host` and `--help`, falling back to `PORT` and `HOST`.
 * A bare `--` (what `pnpm start -- --port 9000` may pass on) is ignored.
 *
 * @example
 * parseCliArgs(['--', '--port', '9000'], {}).port // 9000
 */
export function parseCliArgs(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): CliOptions {
  const { values } = parseArgs({
    args: argv.filter((arg) => arg !== '--'),
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
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
    help: values.help ?? false,
  }
}
