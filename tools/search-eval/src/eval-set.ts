import { existsSync } from 'node:fs'
import {
  BLIND_JUDGMENTS_FILE,
  CORPUS_DIRS,
  HOLDOUT_JUDGMENTS_FILE,
  holdoutCorpusDir,
  JUDGMENTS_FILE,
} from './paths.js'

/**
 * The relevance sets the evaluation can run: `main`, the set the search was tuned on;
 * `holdout`, the set kept aside to check that the tuning holds on sheets nobody tuned on (and
 * since tuned on in turn); `blind`, new queries over the held-out sheets that nothing was
 * tuned on.
 */
export const EVAL_SET_NAMES = ['main', 'holdout', 'blind'] as const

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

/** The judgments of the sets that run over the shared corpus. */
const SHARED_CORPUS_JUDGMENTS = {
  holdout: HOLDOUT_JUDGMENTS_FILE,
  blind: BLIND_JUDGMENTS_FILE,
} as const satisfies Record<Exclude<EvalSetName, 'main'>, string>

/**
 * A set's sheets (the shared corpus) are not where they were looked for. Its message names the
 * folder and how to point at another one.
 */
export class MissingCorpusError extends Error {
  override name = 'MissingCorpusError'
}

/**
 * `--set`: `main` when absent, else one of {@link EVAL_SET_NAMES}.
 *
 * @example
 * parseEvalSetName(undefined) // 'main'
 * parseEvalSetName('blind') // 'blind'
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
 * The judgments and sheets of the named set. The held-out and blind sets' sheets live outside
 * the repository (the shared corpus); when they are absent this throws, naming the folder it
 * looked in and how to point at another, rather than falling back to the main set's sheets.
 *
 * @example
 * resolveEvalSet('main').judgmentsFile // '…/tools/search-eval/judgments.json'
 * resolveEvalSet('blind', { PROJEKTBANK_CORPUS: '/nowhere' }) // throws MissingCorpusError
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
      `--set ${name} needs the shared corpus's sheets, but ${corpusDir} does not exist. ` +
        'Set PROJEKTBANK_CORPUS to the folder that holds them (A-*.txt, C-*.txt, D-*.txt). ' +
        'Nothing was run.',
    )
  }
  return { name, judgmentsFile: SHARED_CORPUS_JUDGMENTS[name], corpusDirs: [corpusDir] }
}
