/** Orders strings by UTF-16 code units, as `<` compares them (and `Array#sort` by default). */
export const compareCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The first position in the sorted `list` whose entry is not below `key`. */
export function lowerBound(list: readonly string[], key: string): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((list[mid] ?? '') < key) low = mid + 1
    else high = mid
  }
  return low
}

/** Up to `limit` entries of the sorted `list` that begin with `prefix`, in order. */
export function withPrefix(list: readonly string[], prefix: string, limit: number): string[] {
  const found: string[] = []
  for (let at = lowerBound(list, prefix); at < list.length && found.length < limit; at++) {
    const entry = list[at] as string
    if (!entry.startsWith(prefix)) break
    found.push(entry)
  }
  return found
}
