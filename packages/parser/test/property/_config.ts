import fc from 'fast-check'
import { vi } from 'vitest'

/**
 * Fixed seed and run count for CI; `FUZZ_SEED=$RANDOM FUZZ_RUNS=5000 pnpm test` explores more.
 * A failure prints the seed and path, which reproduce it with the same two variables.
 */
fc.configureGlobal({
  seed: Number(process.env.FUZZ_SEED ?? 42),
  numRuns: Number(process.env.FUZZ_RUNS ?? 200),
})

// A property's run time grows with FUZZ_RUNS and with the load on the machine; the default
// 5 s per test is a guard against hangs, not a performance budget.
vi.setConfig({ testTimeout: 10 * 60_000 })
