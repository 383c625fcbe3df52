import { existsSync } from 'node:fs'
import { CORPUS_DIRS, HOLDOUT_JUDGMENTS_FILE, holdoutCorpusDir, JUDGMENTS_FILE } from './paths.js'

/**
 * The relevance sets the evaluation can run: `main`, the set the search was tuned on, and
 * `holdout`, the set kept aside to check that the tuning holds on sheets nobody tuned on.
 */
export const EVAL_SET_NAMES = ['main', 'holdout'] as const

/** A relevance set's name, see {@link EVAL_SET_NAMES}. */
export type EvalSetName = (typeof EVAL_SET_NAMES)[number]

/** Where a relevance set's judgments and sheets are. */
export interface EvalSet {
  name: EvalSetName
  /** The judgments file (`judgments.json` schema). */
  judgmentsFile: string
  /** The folders whose sheets are indexed and judged, in the order they are read. */
  corpusDirs: readonly string[]
}

/**
 * The held-out set's sheets are not where they were looked for. Its message names the folder
 * and how to point at another one.
 */
export class MissingCorpusError extends Error {
  override name = 'MissingCorpusError'
}

/**
 * `--set`: `main` when absent, else one of {@link EVAL_SET_NAMES}.
 *
 * @example
 * parseEvalSetName(undefined) // 'main'
 * parseEvalSetName('holdout') // 'holdout'
 */
export function parseEvalSetName(value: string | undefined): EvalSetName {
  if (value === undefined) return 'main'
  const name = EVAL_SET_NAMES.find((known) => known === value)
  if (name === undefined) {
    throw new Error(`--set must be one of ${EVAL_SET_NAMES.join(', ')}, got "${value}"`)
  }
  return name
}

/**
 * The judgments and sheets of the named set. The held-out sheets live outside the repository
 * (the shared corpus); when they are absent this throws, naming the folder it looked in and how
 * to point at another, rather than falling back to the main set's sheets.
 *
 * @example
 * resolveEvalSet('main').judgmentsFile // '…/tools/search-eval/judgments.json'
 * resolveEvalSet('holdout', { PROJEKTBANK_CORPUS: '/nowhere' }) // throws MissingCorpusError
 */
export function resolveEvalSet(
  name: EvalSetName,
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): EvalSet {
  if (name === 'main') return { name, judgmentsFile: JUDGMENTS_FILE, corpusDirs: CORPUS_DIRS }
  const corpusDir = holdoutCorpusDir(env)
  if (!exists(corpusDir)) {
    throw new MissingCorpusError(
      `--set holdout needs the shared corpus's sheets, but ${corpusDir} does not exist. ` +
        'Set PROJEKTBANK_CORPUS to the folder that holds them (A-*.txt, C-*.txt, D-*.txt). ' +
        'Nothing was run.',
    )
  }
  return { name, judgmentsFile: HOLDOUT_JUDGMENTS_FILE, corpusDirs: [corpusDir] }
}
