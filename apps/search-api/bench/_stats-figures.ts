import { readFileSync } from 'node:fs'

/** Requests timed against the unfiltered `/search`, one after the other on one connection. */
const STATS_TARGETS = [
  '/search',
  '/stats?groupBy=county',
  '/stats?groupBy=municipality',
  '/stats?groupBy=year&region=%C3%96vre%20Norrland',
  '/stats?groupBy=targetGroup&q=unga',
] as const

/** Resident memory of a process, MiB (Linux; `NaN` elsewhere). */
function rssMiB(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1])
    return kib / 1024
  } catch {
    return Number.NaN
  }
}

/** One request: its time, or the status it failed with (a 504 is a figure too, not a crash). */
async function timed(url: string): Promise<{ ms: number; status: number }> {
  const start = performance.now()
  const res = await fetch(url)
  await res.arrayBuffer()
  return { ms: performance.now() - start, status: res.status }
}

/**
 * `/stats` against `/search` on the same API process in the same run: the first `/stats`
 * (which loads the table of the whole index), the API's memory before and after it, and then
 * the p50 of each target, alternating so that background load hits all alike. A target that
 * answers other than 200 is counted and shown, never summed into the p50.
 *
 * @example
 * await printStatsFigures('http://127.0.0.1:9000', server.pid, 30)
 */
export async function printStatsFigures(api: string, pid: number | undefined, n: number) {
  await timed(`${api}/search`)
  const before = rssMiB(pid)
  const first = await timed(`${api}/stats?groupBy=county`)
  const after = rssMiB(pid)
  console.log(
    `/stats first call (loads the table): ${first.ms.toFixed(0)} ms, HTTP ${first.status}; API RSS ${before.toFixed(1)} → ${after.toFixed(1)} MiB`,
  )
  const times = STATS_TARGETS.map(() => [] as number[])
  const failures = STATS_TARGETS.map(() => new Map<number, number>())
  for (let i = 0; i < n; i++) {
    for (const [k, target] of STATS_TARGETS.entries()) {
      const { ms, status } = await timed(api + target)
      if (status === 200) times[k]?.push(ms)
      else failures[k]?.set(status, (failures[k]?.get(status) ?? 0) + 1)
    }
  }
  const p50 = times.map(
    (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN,
  )
  const searchP50 = p50[0] ?? Number.NaN
  for (const [k, target] of STATS_TARGETS.entries()) {
    const value = p50[k] ?? Number.NaN
    const ratio = k === 0 ? '' : `   ${(value / searchP50).toFixed(2)}× /search`
    const failed = [...(failures[k] ?? [])].map(([status, count]) => `${count}× HTTP ${status}`)
    const note = failed.length > 0 ? `   (${failed.join(', ')} of ${n})` : ''
    console.log(`  p50 ${value.toFixed(2).padStart(8)} ms  ${target}${ratio}${note}`)
  }
  console.log(
    `/stats?groupBy=county p50 / unfiltered /search p50: ${((p50[1] ?? Number.NaN) / searchP50).toFixed(2)} (goal ≤ 3)`,
  )
}
