import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { MissingCorpusError, parseEvalSetName, resolveEvalSet } from '../src/eval-set.js'
import {
  BLIND_JUDGMENTS_FILE,
  CORPUS_DIRS,
  HOLDOUT_JUDGMENTS_FILE,
  JUDGMENTS_FILE,
  TOOL_DIR,
} from '../src/paths.js'

describe('parseEvalSetName', () => {
  test('is main when --set is absent', () => {
    expect(parseEvalSetName(undefined)).toBe('main')
  })

  test('reads main, holdout and blind', () => {
    expect(['main', 'holdout', 'blind'].map(parseEvalSetName)).toEqual(['main', 'holdout', 'blind'])
  })

  test('rejects any other name, saying which ones exist', () => {
    expect(() => parseEvalSetName('held-out')).toThrow(
      '--set must be one of main, holdout, blind, got "held-out"',
    )
  })
})

describe('resolveEvalSet', () => {
  test('main is judgments.json over the seeds and the fixture sheets, as before', () => {
    expect(resolveEvalSet('main', {}, () => false)).toEqual({
      name: 'main',
      judgmentsFile: JUDGMENTS_FILE,
      corpusDirs: CORPUS_DIRS,
    })
  })

  test('holdout is holdout-judgments.json over the shared corpus, and nothing else', () => {
    const corpus = join(TOOL_DIR, 'some-corpus')
    expect(resolveEvalSet('holdout', { PROJEKTBANK_CORPUS: corpus }, () => true)).toEqual({
      name: 'holdout',
      judgmentsFile: HOLDOUT_JUDGMENTS_FILE,
      corpusDirs: [corpus],
    })
    expect(HOLDOUT_JUDGMENTS_FILE).toBe(join(TOOL_DIR, 'holdout-judgments.json'))
  })

  test('holdout without the shared corpus fails, naming the folder and the variable', () => {
    const corpus = join(TOOL_DIR, 'no-such-corpus')
    const run = () => resolveEvalSet('holdout', { PROJEKTBANK_CORPUS: corpus }, () => false)
    expect(run).toThrow(MissingCorpusError)
    expect(run).toThrow(
      `--set holdout needs the shared corpus's sheets, but ${corpus} does not exist. ` +
        'Set PROJEKTBANK_CORPUS to the folder that holds them (A-*.txt, C-*.txt, D-*.txt). ' +
        'Nothing was run.',
    )
  })

  test('blind is blind-judgments.json over the same shared corpus', () => {
    const corpus = join(TOOL_DIR, 'some-corpus')
    expect(resolveEvalSet('blind', { PROJEKTBANK_CORPUS: corpus }, () => true)).toEqual({
      name: 'blind',
      judgmentsFile: BLIND_JUDGMENTS_FILE,
      corpusDirs: [corpus],
    })
    expect(BLIND_JUDGMENTS_FILE).toBe(join(TOOL_DIR, 'blind-judgments.json'))
  })

  test('blind without the shared corpus fails with its own name in the message', () => {
    const corpus = join(TOOL_DIR, 'no-such-corpus')
    expect(() => resolveEvalSet('blind', { PROJEKTBANK_CORPUS: corpus }, () => false)).toThrow(
      `--set blind needs the shared corpus's sheets, but ${corpus} does not exist. ` +
        'Set PROJEKTBANK_CORPUS to the folder that holds them (A-*.txt, C-*.txt, D-*.txt). ' +
        'Nothing was run.',
    )
  })

  test('holdout looks in the real file system by default', () => {
    const corpus = join(TOOL_DIR, 'no-such-corpus')
    expect(() => resolveEvalSet('holdout', { PROJEKTBANK_CORPUS: corpus })).toThrow(
      MissingCorpusError,
    )
  })
})
