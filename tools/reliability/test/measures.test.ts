/**
 * The two figures the load test decides and reports with: percentiles of latencies and the
 * least-squares trend of memory, on series whose answer is known.
 */
import { describe, expect, it } from 'vitest'
import { percentile } from './_percentile.js'
import { leastSquaresSlope } from './_slope.js'

describe('percentile (nearest rank)', () => {
  it('is always one of the values', () => {
    const values = [40, 10, 30, 20, 50, 60, 70, 80, 90, 100]
    expect([0, 50, 90, 99, 100].map((p) => percentile(values, p))).toEqual([10, 50, 90, 100, 100])
    expect(percentile([7], 99)).toBe(7)
    expect(percentile([], 50)).toBeNaN()
  })
})

describe('leastSquaresSlope', () => {
  /**
   * Growth over a 60-s run, one sample a second, of a garbage-collector saw-tooth (30 MiB of
   * heap growth collected every 20 s, starting at any point of a tooth) plus a steady leak.
   */
  const growthOverRun = (leakMiBPerSecond: number) =>
    Array.from({ length: 40 }, (_, step) => step / 2).map((phase) => {
      const points = Array.from({ length: 61 }, (_, t) => ({
        x: t,
        y: 130 + (((t + phase) % 20) / 20) * 30 + leakMiBPerSecond * t,
      }))
      return leastSquaresSlope(points) * 60
    })

  it('keeps a level saw-tooth well under the 20 MiB limit of the load test, at any phase', () => {
    // Not zero: the teeth cut by the ends of the window tilt the line, by at most ~8 MiB here.
    const growths = growthOverRun(0)
    expect(Math.max(...growths)).toBeLessThan(10)
    expect(Math.min(...growths)).toBeGreaterThan(-10)
  })

  it('finds a leak of 0.5 MiB/s (30 MiB over the run) under the same saw-tooth, at any phase', () => {
    expect(Math.min(...growthOverRun(0.5))).toBeGreaterThan(20)
  })

  it('is exact on a line and undefined without a spread in x', () => {
    expect(leastSquaresSlope([0, 1, 2, 3].map((x) => ({ x, y: 2 * x + 1 })))).toBe(2)
    expect(
      leastSquaresSlope([
        { x: 1, y: 1 },
        { x: 1, y: 5 },
      ]),
    ).toBeNaN()
  })
})
