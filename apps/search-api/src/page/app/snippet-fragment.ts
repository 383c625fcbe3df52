import { snippetParts } from './snippet.js'

/**
 * Turns a snippet into text nodes and `<mark>` elements. Any other markup stays visible as
 * text; entities are decoded into characters, never into markup.
 *
 * @example
 * highlightedFragment('a <mark>b &amp; c</mark>') // "a ", <mark>"b & c"</mark>
 */
export function highlightedFragment(snippet: string): DocumentFragment {
  const fragment = document.createDocumentFragment()
  for (const { text, marked } of snippetParts(snippet)) {
    if (!marked) {
      fragment.append(text)
      continue
    }
    const mark = document.createElement('mark')
    mark.append(text)
    fragment.append(mark)
  }
  return fragment
}
