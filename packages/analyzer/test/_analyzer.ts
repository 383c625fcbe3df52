import { fileURLToPath } from 'node:url'
import { loadSwedishAnalyzer } from '../src/node.js'

/** Path of the lexicon built by `pnpm build` (global-setup.ts builds it when missing). */
export const LEXICON_PATH = fileURLToPath(new URL('../dist/lexicon/sv.lexicon', import.meta.url))

/** One analyzer shared by the tests, as the indexer and the API share one. */
export const analyzer = loadSwedishAnalyzer({ lexiconPath: LEXICON_PATH })
