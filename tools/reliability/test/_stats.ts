/**
 * Counters for the run summary: each test file adds its own, the global setup's teardown
 * prints the totals. Files run in separate workers, so counts travel through a file.
 */
import { appendFileSync } from 'node:fs'
import { inject } from 'vitest'

/** What one test file tried. */
export interface RunStats {
  cases: number
  faults: number
  requests: number
  /** 5xx answers and hangs (in the load test: any non-2xx), with the request that caused them. */
  errors: string[]
  /** Measured figures worth a line of their own in the summary (latencies, memory). */
  notes: string[]
}

declare module 'vitest' {
  export interface ProvidedContext {
    statsFile: string
  }
}

/** Fresh counters for one file; `flush` appends them to the run's stats file. */
export function createStats(file: string): RunStats & { flush(): void } {
  const stats = { cases: 0, faults: 0, requests: 0, errors: [] as string[], notes: [] as string[] }
  return Object.assign(stats, {
    flush() {
      appendFileSync(inject('statsFile'), `${JSON.stringify({ file, ...stats })}\n`)
    },
  })
}
