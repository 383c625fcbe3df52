import type { z } from 'zod'

/** Range parameters whose lower bound may not exceed the upper bound. */
const RANGES = [
  ['startFrom', 'startTo'],
  ['grantMin', 'grantMax'],
  ['budgetMin', 'budgetMax'],
] as const

type Ranged = Partial<Record<(typeof RANGES)[number][number], string | number>>

/**
 * Refinement shared by every query with the filter parameters: a lower bound above its upper
 * bound is an issue on the lower one.
 */
export function checkRanges(value: Ranged, ctx: z.core.$RefinementCtx<Ranged>): void {
  for (const [min, max] of RANGES) {
    const low = value[min]
    const high = value[max]
    if (low !== undefined && high !== undefined && low > high) {
      ctx.addIssue({ code: 'custom', path: [min], message: `${min} must not exceed ${max}` })
    }
  }
}
