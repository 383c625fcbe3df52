/**
 * Slope of the least-squares line through the points, in y units per x unit: the trend of a
 * noisy series (memory over time), which a first-versus-last difference would mistake for the
 * noise at both ends. `NaN` for fewer than two distinct x values.
 *
 * @example
 * leastSquaresSlope([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }]) // 2
 */
export function leastSquaresSlope(points: readonly { x: number; y: number }[]): number {
  const n = points.length
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n
  let covariance = 0
  let variance = 0
  for (const { x, y } of points) {
    covariance += (x - meanX) * (y - meanY)
    variance += (x - meanX) ** 2
  }
  return variance === 0 ? Number.NaN : covariance / variance
}
