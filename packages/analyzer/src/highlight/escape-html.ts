const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Escapes the five HTML-significant characters, so text is safe both between tags and inside
 * quoted attribute values.
 *
 * @example
 * escapeHtml('<b>"R&D"</b>') // '&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => ESCAPES[char] ?? char)
}
