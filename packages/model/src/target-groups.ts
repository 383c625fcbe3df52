import targetGroupData from '../data/target-groups.json'

/**
 * A target group the parser detects in the narrative. `terms` are lower-case phrases; a `*`
 * at either end lets the word continue (`ungdom*` matches "ungdomar", `*ungdomsarbetslös*`
 * matches "ungdomsarbetslösheten").
 *
 * @example
 * const g: TargetGroup = { value: 'unga', description: 'Young people', terms: ['unga', 'ungdom*'] }
 */
export interface TargetGroup {
  /** Facet value, in Swedish. */
  readonly value: string
  /** What the group covers, in English. */
  readonly description: string
  /** Phrases that show the group. */
  readonly terms: readonly string[]
}

/**
 * The target groups, in facet order.
 *
 * @example
 * TARGET_GROUPS.map((g) => g.value).includes('långtidsarbetslösa') // true
 */
export const TARGET_GROUPS: readonly TargetGroup[] = targetGroupData
