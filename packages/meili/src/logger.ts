/** Fields attached to a log line: plain data, printed as `key=value` or JSON. */
export type LogFields = Record<string, string | number | boolean | null | undefined>

/** Log levels, quietest last. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent'

/**
 * A structured logger: a short message that stays the same between runs, and the details as
 * fields, so that logs can be grepped and parsed.
 *
 * @example
 * logger.info('swapped index', { index: 'projects', documents: 10_000 })
 */
export interface Logger {
  debug(message: string, fields?: LogFields): void
  info(message: string, fields?: LogFields): void
  warn(message: string, fields?: LogFields): void
  error(message: string, fields?: LogFields): void
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 }

/** A logger that drops everything: the default of the library functions. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} }

/**
 * A logger writing one line per event to `stream` (stderr by default, so that stdout stays free
 * for `--json`): `level message key=value …`, or one JSON object per line with `format: 'json'`.
 *
 * @example
 * const logger = createLogger({ level: 'info' })
 * logger.warn('duplicate project id', { id: 'abc', file: 'b.txt' })
 * // stderr: warn duplicate project id id=abc file=b.txt
 */
export function createLogger(
  options: {
    level?: LogLevel
    format?: 'text' | 'json'
    stream?: { write(text: string): unknown }
  } = {},
): Logger {
  const minimum = RANK[options.level ?? 'info']
  const stream = options.stream ?? process.stderr
  const write = (level: Exclude<LogLevel, 'silent'>, message: string, fields: LogFields = {}) => {
    if (RANK[level] < minimum) return
    if (options.format === 'json') {
      stream.write(
        `${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`,
      )
      return
    }
    const pairs = Object.entries(fields)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}=${formatValue(value)}`)
    stream.write(`${[level, message, ...pairs].join(' ')}\n`)
  }
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  }
}

function formatValue(value: string | number | boolean | null | undefined): string {
  const text = String(value)
  return /^[^\s"=]+$/.test(text) ? text : JSON.stringify(text)
}
