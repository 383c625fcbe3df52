/**
 * Reads a positive number from the environment (the knobs of the long runs, such as
 * `SOAK_SECONDS`), with a default, and refuses anything else instead of running a test with
 * `NaN` in it.
 *
 * @example
 * const seconds = positiveNumberFromEnv('SOAK_SECONDS', 60)
 */
export function positiveNumberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`)
  }
  return value
}
