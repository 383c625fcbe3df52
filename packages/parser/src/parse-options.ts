import type { Diagnostic, Project } from '@projektbank/model'

/**
 * Options for {@link parseSheet}.
 *
 * @example
 * parseSheet(text, { trace: true }).trace?.[0] // { line: 1, target: 'diagnostic:skipped-banner' }
 */
export interface ParseOptions {
  /**
   * Also return {@link ParseResult.trace}: where every non-blank input line went. Off by default
   * because it allocates one entry per line.
   */
  readonly trace?: boolean
  /**
   * SHA-256 of some bytes as 64 lower-case hex digits. Defaults to `@noble/hashes`, which runs
   * anywhere; `@projektbank/parser/node` passes `node:crypto`, which is several times faster.
   */
  readonly hash?: (bytes: Uint8Array) => string
}

/**
 * Where one non-blank input line ended up. `target` is `title`, `field:<path>`, `label:<path>`,
 * `heading:<name>`, `section:<name>`, `other-section:<heading>`, `list:<name>` or
 * `diagnostic:<code>`.
 *
 * @example
 * const entry: TraceEntry = { line: 9, target: 'field:owner' }
 */
export interface TraceEntry {
  /** 1-based line in the decoded input. */
  readonly line: number
  /** Where the line went. */
  readonly target: string
}

/**
 * What {@link parseSheet} returns. `project` is null only when there was nothing to make a
 * project from (empty, binary, or no known layout); the diagnostics then say why.
 *
 * @example
 * const { project, diagnostics } = parseSheet(text)
 * if (project === null) console.error(diagnostics[0]?.message)
 */
export interface ParseResult {
  /** The project, or null when the input holds none. */
  readonly project: Project | null
  /** Everything worth knowing about the input, sorted by position. */
  readonly diagnostics: Diagnostic[]
  /** Destination of every non-blank line; only with `{ trace: true }`. */
  readonly trace?: TraceEntry[]
}
