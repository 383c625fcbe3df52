/**
 * Memory in use by the API process after a full garbage collection, read through
 * `_live-memory-probe.mjs`: the leak measure of the soak test.
 */
import { fileURLToPath } from 'node:url'
import type { ApiProcess } from './_api-process.js'

const MIB = 1024 * 1024
const PROBE_LINE = /^\{"probe":"live-memory",.*\}$/gm

/** Node options that load the probe into the API process. */
export const LIVE_MEMORY_NODE_ARGS: readonly string[] = [
  '--expose-gc',
  '--import',
  fileURLToPath(new URL('./_live-memory-probe.mjs', import.meta.url)),
]

function probeLines(output: string): string[] {
  return output.match(PROBE_LINE) ?? []
}

/**
 * Heap in use plus memory held outside it (buffers), in MiB, right after a full collection.
 *
 * @example
 * const before = await liveMemoryMiB(api) // 31.4
 */
export async function liveMemoryMiB(api: ApiProcess, timeoutMs = 10_000): Promise<number> {
  const seen = probeLines(api.output()).length
  process.kill(api.pid, 'SIGUSR2')
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const line = probeLines(api.output())[seen]
    if (line !== undefined) {
      const { heapUsed, external } = JSON.parse(line) as { heapUsed: number; external: number }
      return (heapUsed + external) / MIB
    }
    if (Date.now() > deadline) throw new Error('the API process did not report its live memory')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
