/**
 * Builds an element with attributes and children; the page never parses HTML from a string.
 *
 * @example
 * h('a', { href: '#/projects/a-1' }, 'Lär') // <a href="#/projects/a-1">Lär</a>
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  element.append(...children)
  return element
}

/**
 * The element with this id, of this type; a page without it is a bug worth a loud error.
 *
 * @example
 * byId('search-form', HTMLFormElement)
 */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id)
  if (!(element instanceof type)) throw new Error(`The page has no #${id}`)
  return element
}
