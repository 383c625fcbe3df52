/** `Västerbottens län`, `Skåne län`, `Stockholm län`: the county suffix and its genitive `s`. */
const COUNTY_SUFFIX = / län$/

/**
 * A normalised name without a trailing ` län`, or null when it has none.
 *
 * @example
 * withoutCountySuffix('stockholms län') // 'stockholms'
 */
export function withoutCountySuffix(key: string): string | null {
  return COUNTY_SUFFIX.test(key) ? key.replace(COUNTY_SUFFIX, '') : null
}
