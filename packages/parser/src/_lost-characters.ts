import { type ParseContext, report } from './_context.js'
import { quote } from './_diagnostics.js'

/** A `?` between two letters: a character the source could not encode (`Sk?ne`). */
const QUESTION_MARK_IN_WORD = /\p{L}\?\p{L}/u

/**
 * Reports characters lost before the sheet reached us: U+FFFD anywhere, or a literal `?`
 * inside a word. One warning per kind (at the first line that has it), not one per
 * occurrence, so that a damaged 20 MB file does not drown the caller.
 *
 * @example
 * reportLostCharacters(ctx) // warns about line 12: "Sk?ne"
 */
export function reportLostCharacters(ctx: ParseContext): void {
  let replacement = false
  let questionMark = false
  for (let index = 0; index < ctx.lines.length && !(replacement && questionMark); index += 1) {
    const line = ctx.lines[index] ?? ''
    const column = line.indexOf('\ufffd')
    if (!replacement && column >= 0) {
      replacement = true
      report(ctx, 'replacement-character', {
        line: index + 1,
        column: column + 1,
        message: `The text holds U+FFFD (${quote(line.slice(Math.max(0, column - 20), column + 20))}): a character was lost before the sheet was read`,
        actual: line.slice(Math.max(0, column - 20), column + 20),
      })
    }
    const match = questionMark || !line.includes('?') ? null : QUESTION_MARK_IN_WORD.exec(line)
    if (match !== null) {
      questionMark = true
      const start = match.index
      report(ctx, 'replacement-character', {
        line: index + 1,
        column: start + 2,
        message: `A literal "?" stands inside a word (${quote(line.slice(Math.max(0, start - 20), start + 20))}): a character was probably lost before the sheet was read`,
        actual: line.slice(Math.max(0, start - 20), start + 20),
      })
    }
  }
}
