/**
 * Resident memory of another process, read from Linux's `/proc/<pid>/status` (`VmRSS`), and a
 * sampler that records it once a second for the memory-trend check of the load test.
 */
import { readFileSync } from 'node:fs'

const MIB = 1024 * 1024

/**
 * The process's resident set size in MiB.
 *
 * @example
 * readRssMiB(api.pid) // 143.2
 */
export function readRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status)
  if (!match?.[1]) throw new Error(`no VmRSS line in /proc/${pid}/status`)
  return (Number(match[1]) * 1024) / MIB
}

/** One sample: seconds since the sampler started, and the RSS then. */
export interface RssSample {
  seconds: number
  mib: number
}

/**
 * Samples `pid`'s RSS now and every `intervalMs` until `stop()`, which returns the samples, or
 * throws the first failed read (the process is gone) instead of losing it in a timer.
 *
 * @example
 * const sampler = sampleRss(api.pid)
 * await load()
 * const samples = sampler.stop()
 */
export function sampleRss(pid: number, intervalMs = 1_000): { stop(): RssSample[] } {
  const started = performance.now()
  const samples: RssSample[] = []
  let failure: unknown
  const take = () => {
    try {
      samples.push({ seconds: (performance.now() - started) / 1000, mib: readRssMiB(pid) })
    } catch (error) {
      failure ??= error
    }
  }
  take()
  const timer = setInterval(take, intervalMs)
  return {
    stop() {
      clearInterval(timer)
      take()
      if (failure !== undefined) throw failure
      return samples
    },
  }
}
