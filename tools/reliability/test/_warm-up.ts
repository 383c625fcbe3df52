/**
 * Warms a server up before it is measured: sends each target once, `connections` at a time,
 * each connection waiting for its answer before the next (a closed loop, so the warm-up can
 * never overload a busy machine, it only takes longer there).
 */
import { rawGet } from './_http.js'

/**
 * Returns the failures (non-2xx answers, timeouts), each with its request.
 *
 * @example
 * expect(await warmUp(api.url, targets.slice(0, 500))).toEqual([])
 */
export async function warmUp(
  base: string,
  targets: readonly string[],
  connections = 2,
): Promise<string[]> {
  const failures: string[] = []
  let next = 0
  const connection = async () => {
    for (let target = targets[next++]; target !== undefined; target = targets[next++]) {
      try {
        const res = await rawGet(base, target, 10_000)
        if (res.status < 200 || res.status >= 300) {
          failures.push(`${res.status} ${res.body.slice(0, 200)}: GET ${target.slice(0, 200)}`)
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        failures.push(`${message}: GET ${target.slice(0, 200)}`)
      }
    }
  }
  await Promise.all(Array.from({ length: connections }, connection))
  return failures
}
