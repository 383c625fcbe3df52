import { type ParseArgsConfig, parseArgs } from 'node:util'

/**
 * The flags that say where the API listens, as `node:util`'s `parseArgs` takes them: shared by
 * `projektbank-api` and `pnpm start`, which adds its own (`--data`).
 *
 * @example
 * parseArgs({ args, options: { ...SERVE_FLAGS, data: { type: 'string', short: 'd' } } })
 */
export const SERVE_FLAGS = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options']

/** Where to listen, see {@link serveAddress}. */
export interface ServeAddress {
  port: number
  host: string
}

/**
 * The port and host of parsed {@link SERVE_FLAGS}, falling back to `PORT` and `HOST`, then to
 * 8787 on 127.0.0.1. Throws on a port that is not a number from 0 to 65535.
 *
 * @example
 * serveAddress({ port: '9000' }, { HOST: '::1' }) // { port: 9000, host: '::1' }
 */
export function serveAddress(
  values: { port?: string | undefined; host?: string | undefined },
  env: Record<string, string | undefined>,
): ServeAddress {
  const rawPort = values.port ?? env.PORT ?? '8787'
  const port = Number(rawPort)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`--port must be a port number (0–65535), got ${JSON.stringify(rawPort)}`)
  }
  return { port, host: values.host ?? env.HOST ?? '127.0.0.1' }
}

/**
 * The arguments without a bare `--` (what `pnpm start -- --port 9000` may pass on).
 *
 * @example
 * withoutSeparator(['--', '--port', '9000']) // ['--port', '9000']
 */
export function withoutSeparator(argv: readonly string[]): string[] {
  return argv.filter((arg) => arg !== '--')
}

/** Options of `projektbank-api` (`server.js`). */
export interface ServeArgs extends ServeAddress {
  help: boolean
}

/**
 * Parses `projektbank-api`'s `--port`, `--host` and `--help`, see {@link serveAddress}.
 *
 * @example
 * parseServeArgs(['--', '--port', '9000'], {}).port // 9000
 */
export function parseServeArgs(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): ServeArgs {
  const { values } = parseArgs({
    args: withoutSeparator(argv),
    options: SERVE_FLAGS,
    strict: true,
    allowPositionals: false,
  })
  return { ...serveAddress(values, env), help: values.help ?? false }
}
