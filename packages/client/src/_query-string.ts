import type { SearchQuery } from '@projektbank/model'

/**
 * The parameters the API reads as one comma-separated value; every other list is sent as a
 * repeated parameter (`region=a&region=b`), which is how the API reads an OR within a facet.
 */
const COMMA_LISTS: ReadonlySet<string> = new Set([
  'fields',
  'facets',
] as const satisfies readonly (keyof SearchQuery)[])

/**
 * `?name=value&…` for a parameters object, or `''` when there is none to send. Values are
 * percent-encoded as the API requires (UTF-8, `%20` for a space); `undefined` is left out, and so
 * is an empty repeated list, which would mean "no filter" anyway. An empty comma list is sent
 * (`facets=` asks for no facet counts).
 *
 * @example
 * queryString({ q: 'unga vuxna', region: ['Övre Norrland', 'Sydsverige'], facets: [] })
 * // '?q=unga%20vuxna&region=%C3%96vre%20Norrland&region=Sydsverige&facets='
 */
export function queryString(params: object): string {
  const parts: string[] = []
  const add = (name: string, value: unknown) =>
    parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue
    const items: readonly unknown[] = Array.isArray(value) ? value : [value]
    if (COMMA_LISTS.has(name)) add(name, items.join(','))
    else for (const item of items) add(name, item)
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`
}
