/**
 * Setup file of the `parser-fuzz` project: counts the fast-check runs of the parser's property
 * tests for the summary. fast-check has no hook for counting, and the tests' own `_config.ts`
 * replaces the global configuration when it sets the seed and run count, so before each test
 * the configuration it set gets a reporter that counts the runs and fails exactly as
 * fast-check's default reporter does (same message, the property's error as `cause`).
 */
import { basename } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeEach, expect } from 'vitest'
import { createStats } from './_stats.js'

const stats = createStats('parser-fuzz')
let properties = 0
let runs = 0

function countingReporter(details: fc.RunDetails<unknown>): void {
  properties++
  runs += details.numRuns
  if (details.failed) {
    stats.errors.push(`property failed (seed ${details.seed}, path ${details.counterexamplePath})`)
    throw new Error(fc.defaultReportMessage(details), { cause: details.errorInstance })
  }
}

beforeEach(() => {
  const current = fc.readConfigureGlobal()
  if (current.reporter !== countingReporter) {
    fc.configureGlobal({ ...current, reporter: countingReporter })
  }
})

afterAll(() => {
  stats.cases += runs
  const file = basename(expect.getState().testPath ?? 'unknown file')
  const { seed, numRuns } = fc.readConfigureGlobal()
  if (properties > 0) {
    stats.notes.push(
      `${file}: ${runs} runs of ${properties} properties (seed ${seed}, up to ${numRuns} runs each)`,
    )
  }
  stats.flush()
})
