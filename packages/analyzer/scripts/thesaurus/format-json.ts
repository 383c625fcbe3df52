/** The repository's line width (biome.json), so that `biome check` leaves the output as it is. */
const LINE_WIDTH = 100

/**
 * JSON as the repository's formatter writes it: two-space indents, every object one key a
 * line, an array of strings or numbers on one line when it fits, else one item a line.
 * The derived data files are written this way so that regenerating them changes nothing.
 *
 * @example
 * formatJson({ to: ['pappa'] }) // '{\n  "to": ["pappa"]\n}\n'
 */
export function formatJson(value: unknown): string {
  return `${formatValue(value, '', 0, false)}\n`
}

function formatValue(value: unknown, indent: string, used: number, comma: boolean): string {
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const flat = value.every((item) => typeof item !== 'object' || item === null)
    const oneLine = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`
    if (flat && used + oneLine.length + (comma ? 1 : 0) <= LINE_WIDTH) return oneLine
    const items = value.map(
      (item, i) => `${inner}${formatValue(item, inner, inner.length, i < value.length - 1)}`,
    )
    return `[\n${items.join(',\n')}\n${indent}]`
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
    if (entries.length === 0) return '{}'
    const lines = entries.map(([key, item], i) => {
      const head = `${inner}${JSON.stringify(key)}: `
      return `${head}${formatValue(item, inner, head.length, i < entries.length - 1)}`
    })
    return `{\n${lines.join(',\n')}\n${indent}}`
  }
  return JSON.stringify(value)
}
