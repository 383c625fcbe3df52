/**
 * Snippets: the API sends HTML-escaped text with `<mark>` around matches, and nothing else in
 * them is trusted. This module reads a snippet as plain data; `snippet-fragment.ts` turns that
 * into DOM nodes. Pure, so Node tests it.
 */

/** A run of snippet text, marked when it matched the query. */
export interface SnippetPart {
  text: string
  marked: boolean
}

const SNIPPET_TOKEN = /<mark>|<\/mark>|&(#\d{1,7}|#x[0-9a-f]{1,6}|amp|lt|gt|quot|apos|nbsp);/gi

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

/**
 * The character of an entity, given the part between `&` and `;`. Code points outside Unicode
 * become U+FFFD rather than an exception.
 *
 * @example
 * decodeEntity('#x3c') // '<'
 */
export function decodeEntity(entity: string): string {
  const lower = entity.toLowerCase()
  if (!lower.startsWith('#')) return NAMED_ENTITIES[lower] ?? ''
  const code = lower.startsWith('#x')
    ? Number.parseInt(lower.slice(2), 16)
    : Number.parseInt(lower.slice(1), 10)
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd'
}

/**
 * A snippet as runs of text, each marked or not. Any markup other than `<mark>` stays text;
 * entities are decoded into characters, never into markup; a nested `<mark>` does not nest and
 * an unclosed one ends with the snippet. Empty runs are left out.
 *
 * @example
 * snippetParts('a <mark>b &amp; c</mark>')
 * // [{ text: 'a ', marked: false }, { text: 'b & c', marked: true }]
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  let marked = false
  let text = ''
  let last = 0
  const flush = () => {
    if (text) parts.push({ text, marked })
    text = ''
  }
  for (const match of snippet.matchAll(SNIPPET_TOKEN)) {
    text += snippet.slice(last, match.index)
    last = match.index + match[0].length
    const token = match[0].toLowerCase()
    if (token === '<mark>' || token === '</mark>') {
      // A `<mark>` inside a mark (or a stray `</mark>`) changes nothing, so the run goes on.
      const opens = token === '<mark>'
      if (opens !== marked) flush()
      marked = opens
    } else {
      text += decodeEntity(match[1] ?? '')
    }
  }
  text += snippet.slice(last)
  flush()
  return parts
}
