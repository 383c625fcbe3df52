import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type AnalyzerOptions, createAnalyzer, type SwedishAnalyzer } from './create-analyzer.js'
import { decodeLexicon } from './lexicon/decode-lexicon.js'
import type { Lexicon } from './lexicon/lexicon.js'

/**
 * Where the bundled lexicon lives: `dist/lexicon/sv.lexicon` beside the built module (in the
 * package sources, `src/` falls back to the built `dist/`). Works from the ESM and CJS builds.
 *
 * @example
 * defaultLexiconPath() // '/…/node_modules/@projektbank/analyzer/dist/lexicon/sv.lexicon'
 */
export function defaultLexiconPath(): string {
  const candidates = [
    new URL('./lexicon/sv.lexicon', import.meta.url),
    new URL('../dist/lexicon/sv.lexicon', import.meta.url),
  ].map((url) => fileURLToPath(url))
  return candidates.find((path) => existsSync(path)) ?? (candidates[0] as string)
}

/**
 * Reads and opens a lexicon file (the bundled one by default).
 *
 * @example
 * loadSwedishLexicon().lookup('insatser')?.lemma // 'insats'
 */
export function loadSwedishLexicon(path: string = defaultLexiconPath()): Lexicon {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (error) {
    throw new Error(
      `loadSwedishLexicon: cannot read the lexicon at ${path} (${error instanceof Error ? error.message : String(error)}); in the package sources, run "pnpm --filter @projektbank/analyzer build" first`,
    )
  }
  return decodeLexicon(bytes)
}

/**
 * Options for {@link loadSwedishAnalyzer}.
 *
 * @example
 * const options: LoadOptions = { lexiconPath: '/data/sv.lexicon', cacheSize: 100_000 }
 */
export interface LoadOptions extends AnalyzerOptions {
  /** A lexicon file to use instead of the bundled one (for example one rebuilt from another dictionary). */
  readonly lexiconPath?: string
}

/**
 * Loads the bundled Swedish lexicon and returns an analyzer over it — the one call an indexer
 * or API needs at start-up (about 10 ms, synchronous).
 *
 * @example
 * import { loadSwedishAnalyzer } from '@projektbank/analyzer/node'
 * const analyzer = loadSwedishAnalyzer()
 * analyzer.lemmatize('kommunerna') // 'kommun'
 */
export function loadSwedishAnalyzer(options: LoadOptions = {}): SwedishAnalyzer {
  return createAnalyzer(loadSwedishLexicon(options.lexiconPath), options)
}

/**
 * Bump when a change to the analyzer's code changes what `analyzeText` returns for some text
 * (how words are split, lemmatised, which terms are kept). Changes to the lexicon's data need
 * no bump: they change the lexicon file, and so {@link analysisDigest}, by themselves.
 */
export const ANALYSIS_REVISION = 4

/**
 * What the analysis of texts depends on, as one hex digest: {@link ANALYSIS_REVISION} and the
 * lexicon file's bytes. An index whose twins were built under another digest holds terms the
 * queries no longer produce (`lärarna` analysed as *lära* where queries now say *lärare*); the
 * indexer stores the digest with each document's hash and rewrites every document when it
 * changes.
 *
 * @example
 * analysisDigest() // 'a3c1…' (64 hex digits)
 */
export function analysisDigest(lexiconPath: string = defaultLexiconPath()): string {
  return createHash('sha256')
    .update(`revision ${ANALYSIS_REVISION}\n`)
    .update(readFileSync(lexiconPath))
    .digest('hex')
}
