import { parseArgs } from 'node:util'
import {
  SERVE_FLAGS,
  type ServeAddress,
  serveAddress,
  withoutSeparator,
} from '@projektbank/search-api'

/** Options of `pnpm start`. */
export interface StartArgs extends ServeAddress {
  /** Folder (or file) of sheets to index; `<repository>/seeds` when absent. */
  data: string | undefined
  help: boolean
}

/**
 * Parses the API's `--port`, `--host` and `--help` (falling back to `PORT` and `HOST`, as
 * `projektbank-api` does) and `--data`. A bare `--` (what `pnpm start -- --port 9000` may pass
 * on) is ignored.
 *
 * @example
 * parseStartArgs(['--', '--port', '9000'], {}).port // 9000
 */
export function parseStartArgs(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): StartArgs {
  const { values } = parseArgs({
    args: withoutSeparator(argv),
    options: { ...SERVE_FLAGS, data: { type: 'string', short: 'd' } },
    strict: true,
    allowPositionals: false,
  })
  return { ...serveAddress(values, env), data: values.data, help: values.help ?? false }
}
