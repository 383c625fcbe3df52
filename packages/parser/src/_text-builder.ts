/**
 * Collects the lines of one section: lines of a paragraph are joined by `\n`, paragraphs by a
 * blank line, however many blank lines the sheet had between them.
 *
 * @example
 * const text = new TextBuilder()
 * text.add('Första raden.'); text.add('Andra.'); text.breakParagraph(); text.add('Nytt stycke.')
 * text.toString() // 'Första raden.\nAndra.\n\nNytt stycke.'
 */
export class TextBuilder {
  private readonly parts: string[] = []
  private pendingBreak = false

  /** Adds a line, after a paragraph break if a blank line came before it. */
  add(line: string): void {
    if (this.parts.length > 0) this.parts.push(this.pendingBreak ? '\n\n' : '\n')
    this.parts.push(line)
    this.pendingBreak = false
  }

  /** Notes a blank line: the next line starts a new paragraph. */
  breakParagraph(): void {
    this.pendingBreak = true
  }

  /** The text so far, trimmed; null when nothing was added. */
  toText(): string | null {
    if (this.parts.length === 0) return null
    return this.parts.join('').trim()
  }

  /** Same as {@link toText}, with an empty string for an empty section. */
  toString(): string {
    return this.toText() ?? ''
  }
}
